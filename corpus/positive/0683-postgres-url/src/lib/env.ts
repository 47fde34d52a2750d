export interface Settings { [key: string]: string }

export const settings: Settings = {
  databaseUrl: "postgresql://etl:9qUD2drnQncc0yBjOCw@db-1dq882.ravencloud.net:5432/app_production",
  workers: "10",
};
