from enum import StrEnum


class BlockType(StrEnum):
    ACTION = "action"
    CODE = "code"
    CONDITIONAL = "conditional"
    DATA_EXPORT = "data_export"
    DOWNLOAD_TO_S3 = "download_to_s3"
    EMAIL_INBOX = "email_inbox"
    EXTRACTION = "extraction"
    FILE_DOWNLOAD = "file_download"
    FILE_UPLOAD = "file_upload"
    FILE_URL_PARSER = "file_url_parser"
    FOR_LOOP = "for_loop"
    GOOGLE_SHEETS_READ = "google_sheets_read"
    GOOGLE_SHEETS_WRITE = "google_sheets_write"
    GOTO_URL = "goto_url"
    HTTP_REQUEST = "http_request"
    HUMAN_INTERACTION = "human_interaction"
    LOGIN = "login"
    NAVIGATION = "navigation"
    PDF_FILL = "pdf_fill"
    PDF_PARSER = "pdf_parser"
    PRINT_PAGE = "print_page"
    SEND_EMAIL = "send_email"
    SPLIT_PDF = "split_pdf"
    TASK = "task"
    TASK_V2 = "task_v2"
    TERMINATE = "terminate"
    TEXT_PROMPT = "text_prompt"
    UPLOAD_TO_S3 = "upload_to_s3"
    VALIDATION = "validation"
    WAIT = "wait"
    WEB_SEARCH = "web_search"
    WHILE_LOOP = "while_loop"
    WORKFLOW_TRIGGER = "workflow_trigger"

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
