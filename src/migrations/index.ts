import * as migration_20261124_185236_initial from './20261124_185236_initial';
import * as migration_20261126_101517_lead_pipeline from './20261126_101517_lead_pipeline';

export const migrations = [
  {
    up: migration_20261124_185236_initial.up,
    down: migration_20261124_185236_initial.down,
    name: '20261124_185236_initial',
  },
  {
    up: migration_20261126_101517_lead_pipeline.up,
    down: migration_20261126_101517_lead_pipeline.down,
    name: '20261126_101517_lead_pipeline'
  },
];
