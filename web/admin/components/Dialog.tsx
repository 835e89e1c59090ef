import { useEffect, useState } from 'react';
import { Modal, type ModalProps } from 'antd';

/** What opened each dialog on screen now, oldest first. */
const openers: Element[] = [];

/**
 * The console's dialog: shown while it is mounted (`{editing && <XModal … />}`), an antd Modal
 * otherwise. antd hands focus back to the opener only when a modal it keeps mounted closes; one that
 * is unmounted left keyboard users on the page's body, back at the top of the tab order. This one
 * gives focus back to what had it when the dialog opened (a row's button, a drawer's action), when
 * nothing else has taken focus since. A dialog that follows another (the links shown once the
 * evaluators are saved) was opened from a button that is gone; focus goes back to what opened the first.
 */
export function Dialog(props: Omit<ModalProps, 'open'>) {
  const [opener] = useState(() => ({ trigger: document.activeElement, before: openers.at(-1) }));
  useEffect(() => {
    const { trigger, before } = opener;
    if (trigger) openers.push(trigger);
    return () => {
      if (trigger) openers.splice(openers.lastIndexOf(trigger), 1);
      // After the dialog's nodes are gone, so the focus they held has fallen back to the body.
      requestAnimationFrame(() => {
        const focusLost = document.activeElement === null || document.activeElement === document.body;
        const target = [trigger, before].find((e): e is HTMLElement => e instanceof HTMLElement && e.isConnected);
        if (focusLost) target?.focus();
      });
    };
  }, [opener]);
  return <Modal {...props} open />;
}
