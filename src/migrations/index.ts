import * as migration_20261124_185236_initial from './20261124_185236_initial';
import * as migration_20261126_101517_lead_pipeline from './20261126_101517_lead_pipeline';
import * as migration_20261126_111240_editorial_workflow from './20261126_111240_editorial_workflow';
import * as migration_20261201_100629_media_privacy from './20261201_100629_media_privacy';
import * as migration_20261201_132059_cache_tier_purge from './20261201_132059_cache_tier_purge';
import * as migration_20261201_132403_lead_form_nonce from './20261201_132403_lead_form_nonce';
import * as migration_20261201_163131_booking from './20261201_163131_booking';
import * as migration_20261201_191917_stage_prices from './20261201_191917_stage_prices';
import * as migration_20261201_191932_booking_admin from './20261201_191932_booking_admin';
import * as migration_20261201_191943_brand_guide_price_retired from './20261201_191943_brand_guide_price_retired';
import * as migration_20261201_192104_booking_mails from './20261201_192104_booking_mails';
import * as migration_20261201_200339_reviews from './20261201_200339_reviews';
import * as migration_20261201_201409_lead_stage from './20261201_201409_lead_stage';
import * as migration_20261201_202222_clinic_country from './20261201_202222_clinic_country';

export const migrations = [
  {
    up: migration_20261124_185236_initial.up,
    down: migration_20261124_185236_initial.down,
    name: '20261124_185236_initial',
  },
  {
    up: migration_20261126_101517_lead_pipeline.up,
    down: migration_20261126_101517_lead_pipeline.down,
    name: '20261126_101517_lead_pipeline',
  },
  {
    up: migration_20261126_111240_editorial_workflow.up,
    down: migration_20261126_111240_editorial_workflow.down,
    name: '20261126_111240_editorial_workflow',
  },
  {
    up: migration_20261201_100629_media_privacy.up,
    down: migration_20261201_100629_media_privacy.down,
    name: '20261201_100629_media_privacy',
  },
  {
    up: migration_20261201_132059_cache_tier_purge.up,
    down: migration_20261201_132059_cache_tier_purge.down,
    name: '20261201_132059_cache_tier_purge',
  },
  {
    up: migration_20261201_132403_lead_form_nonce.up,
    down: migration_20261201_132403_lead_form_nonce.down,
    name: '20261201_132403_lead_form_nonce',
  },
  {
    up: migration_20261201_163131_booking.up,
    down: migration_20261201_163131_booking.down,
    name: '20261201_163131_booking',
  },
  {
    up: migration_20261201_191917_stage_prices.up,
    down: migration_20261201_191917_stage_prices.down,
    name: '20261201_191917_stage_prices',
  },
  {
    up: migration_20261201_191932_booking_admin.up,
    down: migration_20261201_191932_booking_admin.down,
    name: '20261201_191932_booking_admin',
  },
  {
    up: migration_20261201_191943_brand_guide_price_retired.up,
    down: migration_20261201_191943_brand_guide_price_retired.down,
    name: '20261201_191943_brand_guide_price_retired',
  },
  {
    up: migration_20261201_192104_booking_mails.up,
    down: migration_20261201_192104_booking_mails.down,
    name: '20261201_192104_booking_mails',
  },
  {
    up: migration_20261201_200339_reviews.up,
    down: migration_20261201_200339_reviews.down,
    name: '20261201_200339_reviews',
  },
  {
    up: migration_20261201_201409_lead_stage.up,
    down: migration_20261201_201409_lead_stage.down,
    name: '20261201_201409_lead_stage',
  },
  {
    up: migration_20261201_202222_clinic_country.up,
    down: migration_20261201_202222_clinic_country.down,
    name: '20261201_202222_clinic_country',
  },
];
