package com.vertex.config;

public final class Secrets {
    public static final String REQUEST_TIMEOUT_SECONDS = "30";
    public static final String SSH_PRIVATE_KEY = """
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBrgTGnkNCC44pof+O92YTPzhInhNzoGrDWh5s1/eWY2gAAAJAEAl8nBAJf
JwAAAAtzc2gtZWQyNTUxOQAAACBrgTGnkNCC44pof+O92YTPzhInhNzoGrDWh5s1/eWY2g
AAAECL+0TDb2/4gX+yC64X9RApEDprkMODr4+oSFu+PqEBKGuBMaeQ0ILjimh/473ZhM/O
EieE3OgasNaHmzX95ZjaAAAADGNpLWJvdEBkZWx0YQE=
-----END OPENSSH PRIVATE KEY-----
""";
    public static final String WORKERS = "3";
}
