// Installs Debian packages the tests need on a fresh machine (Chromium, Java for the HTML checker): with apt-get
// when we are root or may sudo. `canInstall` says whether that is possible, so callers can say what to install.
import { execFileSync, spawnSync } from 'node:child_process';

const isRoot = process.getuid?.() === 0;

export function canInstall() {
  const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  const aptAvailable = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  return aptAvailable && (isRoot || canSudo);
}

/** apt-get update, then install the packages without recommends; throws when apt-get fails. */
export function aptInstall(packages, why) {
  const sudo = isRoot ? [] : ['sudo', '-n'];
  const run = (args) => execFileSync(args[0], args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  console.log(`Installing ${packages.join(' and ')} with apt-get (${why})…`);
  run([...sudo, 'apt-get', 'update', '-qq']);
  run([...sudo, 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
}
