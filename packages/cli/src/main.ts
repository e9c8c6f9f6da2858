import { run } from './run';

let finished = false;
// Should a read ever wait on something that never comes, Node exits when nothing is left to do; that
// must not look like success (exit 0).
process.exitCode = 2;
process.on('exit', () => {
  if (!finished) process.stderr.write('检查意外中断，未能读完文件：请在 Excel 中打开并另存为 .xlsx 后再检查\n');
});
// A reader that stops early (`taizhang check … | head`) closes the pipe: not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  finished = true;
  process.exit();
});

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  finished = true;
  process.exitCode = code;
});
