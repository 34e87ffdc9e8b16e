// What the popup says about the current tab when there is no list of names to show.
import type { Translate } from '../messages';
import type { PopupScanState } from './types';

interface Props {
  scanState: PopupScanState;
  /** Whether the entity list is still unknown (null) or empty. */
  entitiesKnown: boolean;
  onScan(): void;
  t: Translate;
}

export function PageStatus({ scanState, entitiesKnown, onScan, t }: Props) {
  switch (scanState) {
    case 'off':
      return <p class="cc-status">{t('popupOff')}</p>;
    case 'unsupported':
      return <p class="cc-status">{t('popupUnsupported')}</p>;
    case 'not-article':
      return (
        <div class="cc-status">
          <p>{t('popupNotArticle')}</p>
          <button type="button" id="cc-scan" class="cc-button cc-button--primary" onClick={() => onScan()}>
            {t('popupScan')}
          </button>
        </div>
      );
    case 'scanning':
      return <p class="cc-status" role="status">{t('popupScanning')}</p>;
    case 'article':
      return entitiesKnown
        ? <p class="cc-status">{t('popupNoEntities')}</p>
        : <p class="cc-status" role="status">{t('popupScanning')}</p>;
  }
}
