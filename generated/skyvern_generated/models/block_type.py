from enum import StrEnum


class BlockType(StrEnum):
    """Members are named as the reference names them, after their values in lower case
    (BlockType.action). Each is also its wire value: a `str`. A value this client does
    not know (a newer server's) is kept as a member of its own instead of failing.
    """

    action = "action"
    code = "code"
    conditional = "conditional"
    data_export = "data_export"
    download_to_s3 = "download_to_s3"
    email_inbox = "email_inbox"
    extraction = "extraction"
    file_download = "file_download"
    file_upload = "file_upload"
    file_url_parser = "file_url_parser"
    for_loop = "for_loop"
    google_sheets_read = "google_sheets_read"
    google_sheets_write = "google_sheets_write"
    goto_url = "goto_url"
    http_request = "http_request"
    human_interaction = "human_interaction"
    login = "login"
    navigation = "navigation"
    pdf_fill = "pdf_fill"
    pdf_parser = "pdf_parser"
    print_page = "print_page"
    send_email = "send_email"
    split_pdf = "split_pdf"
    task = "task"
    task_v2 = "task_v2"
    terminate = "terminate"
    text_prompt = "text_prompt"
    upload_to_s3 = "upload_to_s3"
    validation = "validation"
    wait = "wait"
    web_search = "web_search"
    while_loop = "while_loop"
    workflow_trigger = "workflow_trigger"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BlockType | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
