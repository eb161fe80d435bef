/** Renders a tab's repair status into the popup (text only: nothing from the page becomes markup). */
import type { FixId, WarningKind } from '../core/types.ts';
import { kindHelpKey, kindLabelKey, t } from '../shared/i18n.ts';
import type { FrameStatus } from '../shared/messages.ts';

export interface StatusElements {
  status: HTMLElement;
  kinds: HTMLUListElement;
  lossy: HTMLElement;
  warningKinds: HTMLUListElement;
  toggleOriginal: HTMLButtonElement;
}

function kindItem(kind: FixId | WarningKind, count: number, example?: { before: string; after: string }): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.kind = kind;
  const label = document.createElement('span');
  label.textContent = t(kindLabelKey(kind));
  const number = document.createElement('span');
  number.className = 'count';
  number.textContent = String(count);
  const help = document.createElement('span');
  help.className = 'help';
  help.textContent = t(kindHelpKey(kind));
  item.append(number, label, help);
  if (example?.before) {
    const shown = document.createElement('span');
    shown.className = 'example';
    shown.textContent = example.after ? t('popupExample', [example.before, example.after]) : t('popupExampleRemoved', example.before);
    item.append(shown);
  }
  return item;
}

/** `status` undefined: the content script has not reported (yet); `available` false: it cannot run here. */
export function renderStatus(view: StatusElements, status: FrameStatus | undefined, available: boolean): void {
  const state = available ? (status?.state ?? 'working') : 'unavailable';
  view.status.className = state;
  view.status.textContent = {
    unavailable: t('popupUnavailable'),
    working: t('popupWorking'),
    clean: t('popupClean'),
    repaired: t('popupRepaired', String(status?.repairs ?? 0)),
    original: t('popupOriginal', String(status?.repairs ?? 0)),
  }[state];

  const repairs = state === 'repaired' ? (Object.entries(status?.byKind ?? {}) as [FixId, number][]) : [];
  view.kinds.replaceChildren(...repairs.map(([kind, n]) => kindItem(kind, n, status?.examples[kind])));
  view.kinds.hidden = !repairs.length;

  const warnings = available && state !== 'original' ? (Object.entries(status?.warnings ?? {}) as [WarningKind, number][]) : [];
  const lossyCount = warnings.reduce((sum, [, n]) => sum + n, 0);
  view.lossy.textContent = t('popupLossy', String(lossyCount));
  view.lossy.hidden = !lossyCount;
  view.warningKinds.replaceChildren(...warnings.map(([kind, n]) => kindItem(kind, n)));
  view.warningKinds.hidden = !lossyCount;

  view.toggleOriginal.hidden = state !== 'repaired' && state !== 'original';
  view.toggleOriginal.textContent = state === 'original' ? t('popupRepairAgain') : t('popupShowOriginal');
  view.toggleOriginal.dataset.action = state === 'original' ? 'repair' : 'show-original';
}
