// Makes sure the HTML check (scripts/validate-html.mjs) has Java for the Nu HTML Checker: installs Debian's
// default-jre-headless with apt-get when we are root or may sudo; otherwise says what to install and fails.
// (vnu-jar can fetch a Java of its own; we never let it, so nothing is downloaded from outside the package registry.)
import { spawnSync } from 'node:child_process';
import { aptInstall, canInstall } from './apt-install.mjs';

const JAVA = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
const hasJava = () => spawnSync(JAVA, ['-version'], { stdio: 'ignore' }).status === 0;

if (!hasJava()) {
  if (!canInstall()) {
    console.error('The HTML check needs Java 11 or newer: install it (Debian: sudo apt-get install default-jre-headless) or set JAVA_HOME.');
    process.exit(1);
  }
  aptInstall(['default-jre-headless'], 'needed by the Nu HTML Checker');
  if (!hasJava()) {
    console.error(`apt-get finished but "${JAVA} -version" still fails; set JAVA_HOME to your Java.`);
    process.exit(1);
  }
}
