import { describe, expect, it } from 'vitest';
import { resolveOverlaps, runDetector } from '../engine';
import { passwordAssignment } from './password-assignment';
import {  } from './test-fixtures';



/** What the detector reports the way classify() does: score ≥ 0.5, overlaps resolved. */
const found = (text: string) =>
  resolveOverlaps(runDetector(passwordAssignment, text).filter((f) => f.score >= 0.5)).map((f) => text.slice(f.start, f.end));

describe('secrets/password-assignment', () => {
  it.each([
    ['DB_PASSWORD=Tr0ub4dor&3x', ['Tr0ub4dor&3x']],
    ['password: "hunter2!Xyz"', ['hunter2!Xyz']],
    ['<password>S3cure-Pa55</password>', ['S3cure-Pa55']],
    ['<dbPassword>S3cure-Pa55</dbPassword>', ['S3cure-Pa55']],
    ['<element password="edf8f16608465858a6c9e3cccb97d3c2" />', ['edf8f16608465858a6c9e3cccb97d3c2']],
    ['Passwort = Sommer2024!', ['Sommer2024!']],
    ['mot_de_passe: azerty123', ['azerty123']],
    ['password = "${aws_db_instance.default.password}"', []],
    ['administrator_login_password = var.db_password', []],
    ['password: changeme', []],
    ['PuttyPassword=0', []],
    ['bypass = true', []],
    ['passwordPolicy = Strict-Mode-On', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
