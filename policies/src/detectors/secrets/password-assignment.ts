import { assignmentPrefix, isReference, nameKeywords, valueGroup, xmlElementPrefix } from './assignment';
import { isStandInCredential } from './credential-words';
import { secretDetector } from './define';
import { shannonEntropy } from './entropy';

// English, German, French and Spanish names for a password.
const NAMES = nameKeywords([
  'password', 'passwd', 'passphrase', 'pwd', 'pass', 'passwort', 'kennwort', 'mot_SEP_de_SEP_passe', 'contrase(?:ñ|n)a',
]);

// Passwords are chosen by people, so entropy is low by nature: require two character classes and
// a modest spread rather than a random-looking string.
function looksLikePassword(v: string): boolean {
  if (isStandInCredential(v) || isReference(v)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
  return classes >= 2 && shannonEntropy(v) >= 2.3;
}

export const passwordAssignment = secretDetector({
  id: 'secrets/password-assignment',
  label: { one: 'a password', many: 'passwords' },
  keywords: ['pass', 'pwd', 'kennwort', 'contrase'],
  patterns: [
    { name: 'assignment', regex: new RegExp(`${assignmentPrefix(NAMES)}${valueGroup(6, 128)}`, 'dg'), score: 0.8 },
    { name: 'xml-element', regex: new RegExp(`${xmlElementPrefix(NAMES)}([^\\s<>]{6,128})(?=</)`, 'dg'), score: 0.8 },
  ],
  placeholders: false,
  check: looksLikePassword,
});
