// Runs before `npm install` on whatever Node the machine has, so it is plain JavaScript: one clear line when the
// Node is too old, instead of an obscure failure later in a script that needs Node 22's type stripping.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`Steppe Lens needs Node.js 22 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}
