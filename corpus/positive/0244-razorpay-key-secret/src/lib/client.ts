import { Razorpay } from 'razorpay';

export const client = new Razorpay({ razorpayKeyId: 'rzp_live_QRakX5C6nev7cx', razorpayKeySecret: 'ub0Vxy99oHb55Q5XCOhA0KeR' });
