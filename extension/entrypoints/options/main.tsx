import { render } from 'preact';
import { Options } from '../../src/ui/Options';

render(<Options />, document.getElementById('app')!);
