// Retrieved text is data, never instructions. A chunk that tries to instruct the model is still
// useful evidence (it may be a real document about prompts), so it is flagged and quoted, not dropped.

const PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['ignore-instructions', /\b(?:ignore|disregard|forget|override)\b[^.\n]{0,40}\b(?:previous|prior|above|earlier|all|any|the)\b[^.\n]{0,20}\b(?:instructions?|prompts?|rules|directions)\b/i],
  ['role-reassignment', /\byou are (?:now|no longer)\b|\bact as (?:an? )?(?:unfiltered|jailbroken|dan)\b|\bfrom now on,? you\b/i],
  ['system-prompt-probe', /\b(?:reveal|print|show|repeat|output)\b[^.\n]{0,30}\b(?:system prompt|hidden instructions|your instructions)\b/i],
  ['chat-markup', /<\|(?:im_start|im_end|system|endoftext)\|>|^\s*(?:system|assistant)\s*:|\[\/?INST\]|<<SYS>>/im],
  ['exfiltration', /\b(?:send|post|upload|forward|email)\b[^.\n]{0,40}\b(?:to|at)\b[^.\n]{0,20}(?:https?:\/\/|\b[\w.-]+@[\w-]+\.[\w.]+)/i],
  ['tool-coercion', /\b(?:call|invoke|execute|run)\b[^.\n]{0,20}\b(?:the )?(?:tool|function|command)\b[^.\n]{0,30}\bwithout\b[^.\n]{0,20}\b(?:asking|confirmation|telling)\b/i],
];

export interface InjectionScan {
  flagged: boolean;
  reasons: string[];
}

export function scanForInjection(text: string): InjectionScan {
  const reasons = PATTERNS.filter(([, re]) => re.test(text)).map(([name]) => name);
  return { flagged: reasons.length > 0, reasons };
}
