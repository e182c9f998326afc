// Generated prompt text by data class. Everything is synthetic (example.com domains, test card
// numbers, invented people); the real classify() decides what it contains, not this file.
import { pick } from './company';

const NAMES = ['Maria Lopez', 'James Carter', 'Akira Sato', 'Fatima Noor', 'Peter Novak', 'Lucy Brown', 'Samuel Osei'];
const TOPICS = ['our Q3 launch plan', 'a blog post about remote work', 'the onboarding checklist', 'a summary of this article', 'a better subject line', 'the agenda for Monday', 'a polite follow-up'];

const digits = (r: () => number, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
const email = (r: () => number) => `${pick(r, ['maria', 'j.carter', 'akira', 'fnoor', 'pnovak', 'lucy.b'])}${digits(r, 2)}@${pick(r, ['example.com', 'example.org', 'customer-example.net'])}`;
const phone = (r: () => number) => `+1 415 555 ${digits(r, 4)}`;
const hex = (r: () => number, n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('');
const upper = (r: () => number, n: number) => Array.from({ length: n }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[Math.floor(r() * 32)]).join('');

const TEMPLATES: Record<string, (r: () => number) => string> = {
  plain: (r) => `Can you help me write ${pick(r, TOPICS)}? Keep it short and friendly.`,
  pii: (r) => `Draft a reply to ${pick(r, NAMES)} (${email(r)}, ${phone(r)}) about the delayed delivery to 221 Baker Street.`,
  customer_records: (r) => {
    const rows = Array.from({ length: 3 + Math.floor(r() * 12) }, (_, i) => `${1000 + i},${pick(r, NAMES)},${email(r)},${phone(r)},${Math.floor(r() * 9000)}`);
    return `Clean up this customer export and find duplicates:\nid,name,email,phone,lifetime_value\n${rows.join('\n')}`;
  },
  credentials: (r) => `Why does this fail?\nexport AWS_ACCESS_KEY_ID=AKIA${upper(r, 16)}\nexport AWS_SECRET_ACCESS_KEY=${hex(r, 20)}${upper(r, 20)}\naws s3 ls s3://acme-prod-backups`,
  source_code: (r) => `Refactor this and add tests:\n\nexport async function chargeCustomer(db, customerId, cents) {\n  const c = await db.query('select * from customers where id = $1', [customerId]);\n  if (!c.rows.length) throw new Error('no customer ' + customerId);\n  const total = cents + Math.round(cents * ${(r() * 0.2).toFixed(2)});\n  return stripe.charges.create({ amount: total, currency: 'usd', customer: c.rows[0].stripe_id });\n}\n`,
  financial: (r) => `Summarise the variance: Q3 revenue $${digits(r, 2)}.${digits(r, 1)}M vs plan, EBITDA margin ${digits(r, 2)}%. Wire to IBAN DE89 3704 0044 0532 0130 00 and card 4111 1111 1111 1111 exp 12/28 for the vendor.`,
  health: (r) => `Patient ${pick(r, NAMES)}, MRN ${digits(r, 8)}, DOB 04/12/1981, diagnosis E11.9 type 2 diabetes; write a return-to-work note.`,
  hr: (r) => `Performance review for ${pick(r, NAMES)} (employee ID ${digits(r, 6)}): salary $${digits(r, 3)},000, recommend termination due to repeated absence; SSN 078-05-${digits(r, 4)}.`,
  legal: (r) => `PRIVILEGED & CONFIDENTIAL - attorney-client communication. Review this settlement agreement between Acme Corp and ${pick(r, NAMES)}; indemnification clause 7.2 and the NDA terms.`,
};

export function promptFor(dataClass: string, r: () => number): string {
  return (TEMPLATES[dataClass] ?? TEMPLATES.plain!)(r);
}
