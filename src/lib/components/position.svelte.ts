/**
 * Positions an element through the CSSOM. A strict Content-Security-Policy blocks
 * inline `style` attributes, not properties set from script, so placement that
 * changes at run time goes through here.
 */
export function placeAt(getPosition: () => { left: number; top: number } | null) {
  return (element: HTMLElement) => {
    $effect(() => {
      const position = getPosition();
      if (position === null) return;
      element.style.setProperty('left', `${Math.round(position.left)}px`);
      element.style.setProperty('top', `${Math.round(position.top)}px`);
    });
  };
}
