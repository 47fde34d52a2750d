export interface Settings { [key: string]: string }

export const settings: Settings = {
  backupContainerSasUrl: "https://acmecxsf060kyr.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupx&se=2027-06-30T18:00:00Z&st=2026-01-01T09:00:00Z&spr=https&sig=LVQbykn5Y3HkKJcbRFGhR53mEhHcvS62Ah51bW%2B5ptQ%3D",
  awsRegion: "eu-west-1",
  serviceName: "cedar-gateway",
};
