import { Twilio } from 'twilio';

export const client = new Twilio({ twilioAccountSid: 'ACfbdcfb309f1e3e6c7ecf41cf046855c5', twilioAuthToken: '86f13c8a00cbb44cb39d2a8994e0cd56' });
