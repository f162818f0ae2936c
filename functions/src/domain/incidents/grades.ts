import type { GradeSettings, IncidentGrade } from '../../contract/incidents';
import { INCIDENT_GRADES } from '../../contract/incidents';

/**
 * Seed 002's grades, the defaults an admin may edit (incidentRosters screen):
 * I  — a whole-hospital outage of water or power, a major fire: the command post led by the
 *      director (name them in `namedUserIds`), the team on site within 30 minutes, a plan within the hour;
 * II — one floor or one system: on site within the hour, a plan within 2 hours;
 * III — local: on site within 2 hours, a plan within 4; the managers are not paged.
 */
export const DEFAULT_GRADE_SETTINGS: Readonly<Record<IncidentGrade, GradeSettings>> = {
  I: { grade: 'I', onSiteMinutes: 30, planMinutes: 60, namedUserIds: [], managers: true, onShiftDispatchers: true, teamLeaders: true },
  II: { grade: 'II', onSiteMinutes: 60, planMinutes: 120, namedUserIds: [], managers: true, onShiftDispatchers: true, teamLeaders: true },
  III: { grade: 'III', onSiteMinutes: 120, planMinutes: 240, namedUserIds: [], managers: false, onShiftDispatchers: true, teamLeaders: true },
};

/** The hospital's settings of every grade: what it saved, the default for any grade it did not. */
export function gradeSettingsOf(saved: readonly GradeSettings[] | null | undefined): GradeSettings[] {
  return INCIDENT_GRADES.map((grade) => saved?.find((g) => g.grade === grade) ?? DEFAULT_GRADE_SETTINGS[grade]);
}

export function settingsOfGrade(saved: readonly GradeSettings[] | null | undefined, grade: IncidentGrade): GradeSettings {
  return gradeSettingsOf(saved).find((g) => g.grade === grade)!;
}
