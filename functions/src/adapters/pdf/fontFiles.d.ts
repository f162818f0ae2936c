/** Font files are bundled as bytes by esbuild's `binary` loader (infra/esbuild.yml). */
declare module '*.woff' {
  const bytes: Uint8Array;
  export default bytes;
}
