import { Text } from '@tarojs/components';
import type { IncidentGrade } from '@contract/incidents';
import { t } from '../../i18n';

/** I red, II orange, III yellow: the grade at a glance. */
export function GradeBadge({ grade }: { grade: IncidentGrade }) {
  const colour = { I: '#d4380d', II: '#fa8c16', III: '#d4b106' }[grade];
  return (
    <Text className="incident-grade" data-testid="incident-grade" style={{ background: colour, color: '#fff', borderRadius: '4px', padding: '0 6px', marginRight: '6px' }}>
      {t(`incident.grade.${grade}`)}
    </Text>
  );
}
