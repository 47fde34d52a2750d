log_level = "debug"
vault_token = "hvs.CAESIoyFrILPJntcjiU3s0B6upN7v2MtLfnbRdUP1IGRON-THZPoNzKwzLZh-VSnjs7imvXEl6MoBJ9DiYEh5O_40M4"
