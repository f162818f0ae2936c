import { View } from '@tarojs/components';
import { Step, Steps } from '@nutui/nutui-react-taro';
import type { TicketEvent } from '@contract/tickets';
import { eventLabel, formatTime, t } from '../../i18n';

/** The actor by name and role; by role only when the server withholds the name (guests, followers). */
function actorOf(e: TicketEvent): string {
  const role = t(`role.${e.actor.role}`);
  if (!e.actor.name) return role;
  return e.actor.role === 'system' ? e.actor.name : `${e.actor.name} · ${role}`;
}

/** A step made offline and sent later shows when the phone made it too (a minute's difference is clock skew, not offline). */
function deviceTimeOf(e: TicketEvent): string | null {
  if (!e.deviceAt) return null;
  return Math.abs(new Date(e.at).getTime() - new Date(e.deviceAt).getTime()) >= 60_000 ? e.deviceAt : null;
}

/** Who did what, when — newest first, so the current state is on top. */
export function Timeline({ events }: { events: TicketEvent[] }) {
  const newestFirst = [...events].sort((a, b) => b.seq - a.seq);
  return (
    <View data-testid="timeline" className="timeline">
      <Steps direction="vertical" type="dot" status="dynamic" value={1}>
        {newestFirst.map((e, i) => (
          <Step
            key={e.seq}
            value={i + 1}
            title={eventLabel(e.type)}
            description={
              <View className="timeline__desc">
                <View>
                  {actorOf(e)} · {formatTime(e.at)}
                </View>
                {deviceTimeOf(e) ? <View data-testid="timeline-device-time">{t('timeline.deviceAt', { time: formatTime(deviceTimeOf(e)) })}</View> : null}
                {e.note ? <View>{e.note}</View> : null}
              </View>
            }
          />
        ))}
      </Steps>
    </View>
  );
}
