export interface Settings { [key: string]: string }

export const settings: Settings = {
  testUnsignedJwt: "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzMzMDU2NDI0fQ.",
  maxConnections: "100",
};
