contentful_management_token = "CFPAT-tnDMpFLjY0GifgZjXfBKOi74y0hzrwB7uBOqS01Wel_"
log_level = "warn"
