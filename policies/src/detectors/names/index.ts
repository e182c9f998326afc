import type { Detector } from '../types';
import { location } from './location';
import { organization } from './organization';
import { person } from './person';

export type NameDetectorId = 'names/person' | 'names/location' | 'names/organization';
export const NAME_DETECTORS: Record<NameDetectorId, Detector> = {
  'names/person': person,
  'names/location': location,
  'names/organization': organization,
};
