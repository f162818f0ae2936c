/** A scanned label's scene: the label's code, and the hospital when the label names one (`<code>@<hospitalId>`). */
export interface LabelScene {
  code: string;
  hospitalId: string;
}

/** A bare code is a label of the deployment's own hospital; the contract has checked the scene's form. */
export function parseLabelScene(scene: string, deploymentHospitalId: string): LabelScene {
  const at = scene.indexOf('@');
  return at < 0 ? { code: scene, hospitalId: deploymentHospitalId } : { code: scene.slice(0, at), hospitalId: scene.slice(at + 1) };
}
