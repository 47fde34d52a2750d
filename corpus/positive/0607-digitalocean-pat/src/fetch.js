// nightly export
const res = await fetch("https://api.digitalocean.com/v2/droplets?access_token=dop_v1_526ca70121b50ec0f21f54820660451636b12910232554c3ea78eb2191a80784&format=json");
console.log(res.status);
