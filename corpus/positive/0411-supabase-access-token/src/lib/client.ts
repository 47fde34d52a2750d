import { Supabase } from 'supabase';

export const client = new Supabase('sbp_7d10d044efc45b4a529fd79ec9ebbc07a94b42be');
