import { describe, expect, it } from 'vitest';
import { runDetector } from '../engine';
import { person } from './person';

const found = (text: string, min = 0.5) => runDetector(person, text).filter((f) => f.score >= min).map((f) => text.slice(f.start, f.end));

describe('names/person', () => {
  it.each([
    ['Bruce Alexander will be talking in the conference', ['Bruce Alexander']],
    ['Mr. Fernandez is a 50 year old man', ['Fernandez']],
    ['My name is Patricia Jeknić but everyone calls me Lauren', ['Patricia Jeknić', 'Lauren']],
    ["What's your last name? Krylova", ['Krylova']],
    ['"Glad to hear it," says Eklund.', ['Eklund']],
    ['Jakobine, can I please speak to your boss?', ['Jakobine']],
    ['not by Janice Brkić MD', ['Janice Brkić MD']],
    ["Arne's address is below", ['Arne']],
    ['Frau Schmidt kommt morgen', ['Schmidt']],
    ['Capitalized words like Wisdom and Discipline are often mistaken with names.', []],
    ['Grace period ends in May.', []], // names that are also words, at a sentence start
    ['The restaurant is at 1755 Nelson Mandela Drive', []],
    ['SELECT * FROM Users WHERE id = 1', []],
    ['the will and the way', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
