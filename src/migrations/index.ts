import * as migration_20261124_185236_initial from './20261124_185236_initial';

export const migrations = [
  {
    up: migration_20261124_185236_initial.up,
    down: migration_20261124_185236_initial.down,
    name: '20261124_185236_initial'
  },
];
