import { Tag } from '@nutui/nutui-react-taro';
import type { JobStatus } from '@contract/jobs';
import { t } from '../../i18n';

// Running: blue; done: green; cancelled: grey — each dark enough for white text (4.5:1).
const JOB_STATUS_COLOR: Record<JobStatus, string> = { open: '#0958d9', done: '#067a3d', cancelled: '#737373' };

export function JobStatusTag({ status }: { status: JobStatus }) {
  return (
    <Tag plain round background={JOB_STATUS_COLOR[status]} className="status-tag job-status-tag">
      {t(`jobs.status.${status}`)}
    </Tag>
  );
}
