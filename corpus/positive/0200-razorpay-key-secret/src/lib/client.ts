import { Razorpay } from 'razorpay';

export const client = new Razorpay({ razorpayKeyId: 'rzp_live_emkCAC7qRauRFy', razorpayKeySecret: 'yjQgBrkZRnn8f8d0YFVffHtc' });
