// nightly export
const res = await fetch("https://api.github.com/user/repos?access_token=ghu_0RoWCux7XHdaFXhuyv416WmeBJRHmm3S5JRB&format=json");
console.log(res.status);
