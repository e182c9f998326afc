import { render } from 'preact';
import { Overlay, OVERLAY_CSS, type Choice, type OverlayProps } from './Overlay';

/**
 * Shows the overlay in its own shadow root (page CSS cannot restyle it, page scripts cannot find it
 * by selector) and resolves with the user's choice. Focus returns to where it was.
 */
export function showOverlay(doc: Document, props: Omit<OverlayProps, 'onChoice'>): Promise<Choice> {
  const host = doc.createElement('protocol-zero-overlay');
  host.setAttribute('data-pz-action', props.action);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const mountPoint = doc.createElement('div');
  shadow.append(style, mountPoint);
  const previous = doc.activeElement as HTMLElement | null;
  doc.documentElement.append(host);
  return new Promise((resolve) => {
    const onChoice = (c: Choice) => {
      render(null, mountPoint);
      host.remove();
      previous?.focus?.();
      resolve(c);
    };
    render(<Overlay {...props} onChoice={onChoice} />, mountPoint);
  });
}
