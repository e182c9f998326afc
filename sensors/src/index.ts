// Public surface of the sensor package (nothing in the workspace imports it; the `pz` CLI runs cli.ts).
export { main } from './cli';
export { readSource, InputError, type SourceOptions, type SourceResult } from './inputs/source';
export { detectFormat, LINE_FORMATS } from './inputs/formats';
export { scanCapture } from './inputs/capture';
export { PacketDecoder, type PacketSighting, type PacketStats } from './decode/packet';
export { Inventory, type InventoryOptions, type InventoryStats } from './inventory/inventory';
export { IdentityMap, pseudonymize } from './inventory/identity';
export type { Sighting } from './inventory/sighting';
export { buildBatches, batchIdOf, canonicalJson } from './ship/batch';
export { shipBatch, ShipError, type ShipOptions } from './ship/client';
export { runTail, type TailOptions } from './tail/tail';
