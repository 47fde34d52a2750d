// nightly export
const res = await fetch("https://api.hetzner.cloud/v1/servers?access_token=zDMkxPysBwh4I9TcXKkjo6WX4bdSYw1lBlUGg76rfbwuduTDZ85IIlH1Kiljq0mF&format=json");
console.log(res.status);
