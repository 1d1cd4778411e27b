/** An FsPort that can be told to fail every write as a full disk would (ENOSPC). */
import { type FsPort, nodeFs } from '../../../electron/main/store/fs-port';

export interface FaultSwitch {
  diskFull: boolean;
}

export function faultyFs(faults: FaultSwitch): FsPort {
  return {
    ...nodeFs,
    writeSync: (fd, buffer, offset, length, position) => {
      if (faults.diskFull) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return nodeFs.writeSync(fd, buffer, offset, length, position);
    },
  };
}
