import { EmbeddedStore } from './embedded';
import { runStoreContract } from './store-contract';

runStoreContract('embedded', async () => new EmbeddedStore());
