import Taro from '@tarojs/taro';
import { api, ApiError, errorMessage } from '../../services/api';
import { t } from '../../i18n';
import { toast } from '../toast';

/**
 * Follows the open ticket of the same fault instead of reporting it again, and opens it. One
 * who follows it already (or reported it) is simply taken there.
 */
export async function followInstead(ticketId: string, onFollowing: () => void): Promise<void> {
  try {
    await api.command(ticketId, 'follow');
    toast(t('follow.done'));
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 409)) {
      toast(errorMessage(err));
      return;
    }
  }
  onFollowing();
  await Taro.redirectTo({ url: `/pages/ticket/index?id=${encodeURIComponent(ticketId)}` });
}
