import { Anthropic } from 'anthropic';

export const client = new Anthropic('sk-ant-api03-RRP7y15fJnoRbD5oeTHRQ_YXdk6_CUnGTPVfrFPivmAUeZ2LZZ7IpOIY0YY3ecDdgxrN4lILRMkU2l0pAa906sgqk_vbeAA');
