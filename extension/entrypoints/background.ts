import { defineBackground } from 'wxt/utils/define-background';
import { main } from '../src/app/background';

export default defineBackground({ type: 'module', main });
