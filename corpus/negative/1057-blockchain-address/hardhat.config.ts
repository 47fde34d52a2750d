export default {
  networks: { sepolia: { url: process.env.RPC_URL } },
  contracts: {
    token: "0x0a006e4cba49a748158b338f39c64e483b70790a",
    treasury: "0xad28b239c2beb6dc670319bfb84c91fdf91192ee",
  },
};
