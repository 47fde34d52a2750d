MEUCIQD2HH6Ug/++Vxl/2xPaF5ZRsl+vdz70uRffsp+A/lz4ogIggtMvkBspEsJ3RsasNcuRMVYNERV/leQwUv/rZL5V8Sc=
