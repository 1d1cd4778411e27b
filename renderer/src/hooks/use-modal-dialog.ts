/** A native modal <dialog> for a component mounted only while it is open: focus trap, Escape and the dialog role for free. */
import { useEffect, useRef, type RefObject } from 'react';

/** Shows the dialog as a modal on mount; on unmount, hands focus back to what had it before. */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const opener = document.activeElement;
    ref.current?.showModal();
    return () => {
      // Removing a dialog from the page does not hand focus back the way close() would.
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  return ref;
}
