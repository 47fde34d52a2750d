const password = await getPassword(user);
const token: string = this.tokenService.current();
const apiKey = config.apiKey;
export const secretKey = process.env.SECRET_KEY!;
