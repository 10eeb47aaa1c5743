from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_block_yaml import ActionBlockYAML
    from ..models.branch_criteria_yaml import BranchCriteriaYAML
    from ..models.code_block_yaml import CodeBlockYAML
    from ..models.conditional_block_yaml import ConditionalBlockYAML
    from ..models.data_export_block_yaml import DataExportBlockYAML
    from ..models.download_to_s3_block_yaml import DownloadToS3BlockYAML
    from ..models.email_inbox_block_yaml import EmailInboxBlockYAML
    from ..models.extraction_block_yaml import ExtractionBlockYAML
    from ..models.file_download_block_yaml import FileDownloadBlockYAML
    from ..models.file_parser_block_yaml import FileParserBlockYAML
    from ..models.file_upload_block_yaml import FileUploadBlockYAML
    from ..models.for_loop_block_yaml import ForLoopBlockYAML
    from ..models.google_sheets_read_block_yaml import GoogleSheetsReadBlockYAML
    from ..models.google_sheets_write_block_yaml import GoogleSheetsWriteBlockYAML
    from ..models.http_request_block_yaml import HttpRequestBlockYAML
    from ..models.human_interaction_block_yaml import HumanInteractionBlockYAML
    from ..models.login_block_yaml import LoginBlockYAML
    from ..models.navigation_block_yaml import NavigationBlockYAML
    from ..models.pdf_fill_block_yaml import PdfFillBlockYAML
    from ..models.pdf_parser_block_yaml import PDFParserBlockYAML
    from ..models.print_page_block_yaml import PrintPageBlockYAML
    from ..models.send_email_block_yaml import SendEmailBlockYAML
    from ..models.split_pdf_block_yaml import SplitPdfBlockYAML
    from ..models.task_block_yaml import TaskBlockYAML
    from ..models.task_v2_block_yaml import TaskV2BlockYAML
    from ..models.terminate_block_yaml import TerminateBlockYAML
    from ..models.text_prompt_block_yaml import TextPromptBlockYAML
    from ..models.upload_to_s3_block_yaml import UploadToS3BlockYAML
    from ..models.url_block_yaml import UrlBlockYAML
    from ..models.validation_block_yaml import ValidationBlockYAML
    from ..models.wait_block_yaml import WaitBlockYAML
    from ..models.web_search_block_yaml import WebSearchBlockYAML
    from ..models.workflow_trigger_block_yaml import WorkflowTriggerBlockYAML


T = TypeVar("T", bound="WhileLoopBlockYAML")


@_attrs_define
class WhileLoopBlockYAML:
    label: str
    """ Author-facing identifier; must be unique per workflow. """
    loop_blocks: list[
        ActionBlockYAML
        | CodeBlockYAML
        | ConditionalBlockYAML
        | DataExportBlockYAML
        | DownloadToS3BlockYAML
        | EmailInboxBlockYAML
        | ExtractionBlockYAML
        | FileDownloadBlockYAML
        | FileParserBlockYAML
        | FileUploadBlockYAML
        | ForLoopBlockYAML
        | GoogleSheetsReadBlockYAML
        | GoogleSheetsWriteBlockYAML
        | HttpRequestBlockYAML
        | HumanInteractionBlockYAML
        | LoginBlockYAML
        | NavigationBlockYAML
        | PdfFillBlockYAML
        | PDFParserBlockYAML
        | PrintPageBlockYAML
        | SendEmailBlockYAML
        | SplitPdfBlockYAML
        | TaskBlockYAML
        | TaskV2BlockYAML
        | TerminateBlockYAML
        | TextPromptBlockYAML
        | UploadToS3BlockYAML
        | UrlBlockYAML
        | ValidationBlockYAML
        | WaitBlockYAML
        | WebSearchBlockYAML
        | WhileLoopBlockYAML
        | WorkflowTriggerBlockYAML
    ]
    condition: BranchCriteriaYAML
    block_type: Literal["while_loop"] | Unset = "while_loop"
    next_block_label: None | str | Unset = UNSET
    """ Optional pointer to the label of the next block. When omitted, it will default to sequential order. See
    [[s-4bnl]]. """
    continue_on_failure: bool | Unset = False
    model: Any | None | Unset = UNSET
    ignore_workflow_system_prompt: bool | Unset = False
    next_loop_on_failure: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_block_yaml import ActionBlockYAML
        from ..models.code_block_yaml import CodeBlockYAML
        from ..models.conditional_block_yaml import ConditionalBlockYAML
        from ..models.data_export_block_yaml import DataExportBlockYAML
        from ..models.download_to_s3_block_yaml import DownloadToS3BlockYAML
        from ..models.email_inbox_block_yaml import EmailInboxBlockYAML
        from ..models.extraction_block_yaml import ExtractionBlockYAML
        from ..models.file_download_block_yaml import FileDownloadBlockYAML
        from ..models.file_parser_block_yaml import FileParserBlockYAML
        from ..models.file_upload_block_yaml import FileUploadBlockYAML
        from ..models.for_loop_block_yaml import ForLoopBlockYAML
        from ..models.google_sheets_read_block_yaml import GoogleSheetsReadBlockYAML
        from ..models.http_request_block_yaml import HttpRequestBlockYAML
        from ..models.human_interaction_block_yaml import HumanInteractionBlockYAML
        from ..models.login_block_yaml import LoginBlockYAML
        from ..models.navigation_block_yaml import NavigationBlockYAML
        from ..models.pdf_fill_block_yaml import PdfFillBlockYAML
        from ..models.pdf_parser_block_yaml import PDFParserBlockYAML
        from ..models.print_page_block_yaml import PrintPageBlockYAML
        from ..models.send_email_block_yaml import SendEmailBlockYAML
        from ..models.split_pdf_block_yaml import SplitPdfBlockYAML
        from ..models.task_block_yaml import TaskBlockYAML
        from ..models.task_v2_block_yaml import TaskV2BlockYAML
        from ..models.terminate_block_yaml import TerminateBlockYAML
        from ..models.text_prompt_block_yaml import TextPromptBlockYAML
        from ..models.upload_to_s3_block_yaml import UploadToS3BlockYAML
        from ..models.url_block_yaml import UrlBlockYAML
        from ..models.validation_block_yaml import ValidationBlockYAML
        from ..models.wait_block_yaml import WaitBlockYAML
        from ..models.web_search_block_yaml import WebSearchBlockYAML
        from ..models.workflow_trigger_block_yaml import WorkflowTriggerBlockYAML

        label = self.label

        loop_blocks = []
        for loop_blocks_item_data in self.loop_blocks:
            loop_blocks_item: dict[str, Any]
            if (
                isinstance(loop_blocks_item_data, TaskBlockYAML)
                or isinstance(loop_blocks_item_data, ForLoopBlockYAML)
                or isinstance(loop_blocks_item_data, WhileLoopBlockYAML)
                or isinstance(loop_blocks_item_data, CodeBlockYAML)
                or isinstance(loop_blocks_item_data, TextPromptBlockYAML)
                or isinstance(loop_blocks_item_data, DownloadToS3BlockYAML)
                or isinstance(loop_blocks_item_data, UploadToS3BlockYAML)
                or isinstance(loop_blocks_item_data, FileUploadBlockYAML)
                or isinstance(loop_blocks_item_data, SendEmailBlockYAML)
                or isinstance(loop_blocks_item_data, FileParserBlockYAML)
                or isinstance(loop_blocks_item_data, ValidationBlockYAML)
                or isinstance(loop_blocks_item_data, ActionBlockYAML)
                or isinstance(loop_blocks_item_data, NavigationBlockYAML)
                or isinstance(loop_blocks_item_data, ExtractionBlockYAML)
                or isinstance(loop_blocks_item_data, LoginBlockYAML)
                or isinstance(loop_blocks_item_data, WaitBlockYAML)
                or isinstance(loop_blocks_item_data, HumanInteractionBlockYAML)
                or isinstance(loop_blocks_item_data, FileDownloadBlockYAML)
                or isinstance(loop_blocks_item_data, DataExportBlockYAML)
                or isinstance(loop_blocks_item_data, TerminateBlockYAML)
                or isinstance(loop_blocks_item_data, UrlBlockYAML)
                or isinstance(loop_blocks_item_data, PDFParserBlockYAML)
                or isinstance(loop_blocks_item_data, TaskV2BlockYAML)
                or isinstance(loop_blocks_item_data, HttpRequestBlockYAML)
                or isinstance(loop_blocks_item_data, WebSearchBlockYAML)
                or isinstance(loop_blocks_item_data, ConditionalBlockYAML)
                or isinstance(loop_blocks_item_data, PrintPageBlockYAML)
                or isinstance(loop_blocks_item_data, PdfFillBlockYAML)
                or isinstance(loop_blocks_item_data, SplitPdfBlockYAML)
                or isinstance(loop_blocks_item_data, WorkflowTriggerBlockYAML)
                or isinstance(loop_blocks_item_data, GoogleSheetsReadBlockYAML)
                or isinstance(loop_blocks_item_data, EmailInboxBlockYAML)
            ):
                loop_blocks_item = loop_blocks_item_data.to_dict()
            else:
                loop_blocks_item = loop_blocks_item_data.to_dict()

            loop_blocks.append(loop_blocks_item)

        condition = self.condition.to_dict()

        block_type = self.block_type

        next_block_label: None | str | Unset
        if isinstance(self.next_block_label, Unset):
            next_block_label = UNSET
        else:
            next_block_label = self.next_block_label

        continue_on_failure = self.continue_on_failure

        model: Any | None | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        ignore_workflow_system_prompt = self.ignore_workflow_system_prompt

        next_loop_on_failure = self.next_loop_on_failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "loop_blocks": loop_blocks,
                "condition": condition,
            }
        )
        if block_type is not UNSET:
            field_dict["block_type"] = block_type
        if next_block_label is not UNSET:
            field_dict["next_block_label"] = next_block_label
        if continue_on_failure is not UNSET:
            field_dict["continue_on_failure"] = continue_on_failure
        if model is not UNSET:
            field_dict["model"] = model
        if ignore_workflow_system_prompt is not UNSET:
            field_dict["ignore_workflow_system_prompt"] = ignore_workflow_system_prompt
        if next_loop_on_failure is not UNSET:
            field_dict["next_loop_on_failure"] = next_loop_on_failure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.action_block_yaml import ActionBlockYAML
        from ..models.branch_criteria_yaml import BranchCriteriaYAML
        from ..models.code_block_yaml import CodeBlockYAML
        from ..models.conditional_block_yaml import ConditionalBlockYAML
        from ..models.data_export_block_yaml import DataExportBlockYAML
        from ..models.download_to_s3_block_yaml import DownloadToS3BlockYAML
        from ..models.email_inbox_block_yaml import EmailInboxBlockYAML
        from ..models.extraction_block_yaml import ExtractionBlockYAML
        from ..models.file_download_block_yaml import FileDownloadBlockYAML
        from ..models.file_parser_block_yaml import FileParserBlockYAML
        from ..models.file_upload_block_yaml import FileUploadBlockYAML
        from ..models.for_loop_block_yaml import ForLoopBlockYAML
        from ..models.google_sheets_read_block_yaml import GoogleSheetsReadBlockYAML
        from ..models.google_sheets_write_block_yaml import GoogleSheetsWriteBlockYAML
        from ..models.http_request_block_yaml import HttpRequestBlockYAML
        from ..models.human_interaction_block_yaml import HumanInteractionBlockYAML
        from ..models.login_block_yaml import LoginBlockYAML
        from ..models.navigation_block_yaml import NavigationBlockYAML
        from ..models.pdf_fill_block_yaml import PdfFillBlockYAML
        from ..models.pdf_parser_block_yaml import PDFParserBlockYAML
        from ..models.print_page_block_yaml import PrintPageBlockYAML
        from ..models.send_email_block_yaml import SendEmailBlockYAML
        from ..models.split_pdf_block_yaml import SplitPdfBlockYAML
        from ..models.task_block_yaml import TaskBlockYAML
        from ..models.task_v2_block_yaml import TaskV2BlockYAML
        from ..models.terminate_block_yaml import TerminateBlockYAML
        from ..models.text_prompt_block_yaml import TextPromptBlockYAML
        from ..models.upload_to_s3_block_yaml import UploadToS3BlockYAML
        from ..models.url_block_yaml import UrlBlockYAML
        from ..models.validation_block_yaml import ValidationBlockYAML
        from ..models.wait_block_yaml import WaitBlockYAML
        from ..models.web_search_block_yaml import WebSearchBlockYAML
        from ..models.workflow_trigger_block_yaml import WorkflowTriggerBlockYAML

        d = dict(src_dict)
        label = d.pop("label")

        loop_blocks = []
        _loop_blocks = d.pop("loop_blocks")
        for loop_blocks_item_data in _loop_blocks:

            def _parse_loop_blocks_item(
                data: object,
            ) -> (
                ActionBlockYAML
                | CodeBlockYAML
                | ConditionalBlockYAML
                | DataExportBlockYAML
                | DownloadToS3BlockYAML
                | EmailInboxBlockYAML
                | ExtractionBlockYAML
                | FileDownloadBlockYAML
                | FileParserBlockYAML
                | FileUploadBlockYAML
                | ForLoopBlockYAML
                | GoogleSheetsReadBlockYAML
                | GoogleSheetsWriteBlockYAML
                | HttpRequestBlockYAML
                | HumanInteractionBlockYAML
                | LoginBlockYAML
                | NavigationBlockYAML
                | PdfFillBlockYAML
                | PDFParserBlockYAML
                | PrintPageBlockYAML
                | SendEmailBlockYAML
                | SplitPdfBlockYAML
                | TaskBlockYAML
                | TaskV2BlockYAML
                | TerminateBlockYAML
                | TextPromptBlockYAML
                | UploadToS3BlockYAML
                | UrlBlockYAML
                | ValidationBlockYAML
                | WaitBlockYAML
                | WebSearchBlockYAML
                | WhileLoopBlockYAML
                | WorkflowTriggerBlockYAML
            ):
                if isinstance(data, dict):
                    tag = data.get("block_type")
                    if tag == "task":
                        loop_blocks_item_type_0 = TaskBlockYAML.from_dict(data)

                        return loop_blocks_item_type_0
                    if tag == "for_loop":
                        loop_blocks_item_type_1 = ForLoopBlockYAML.from_dict(data)

                        return loop_blocks_item_type_1
                    if tag == "while_loop":
                        loop_blocks_item_type_2 = WhileLoopBlockYAML.from_dict(data)

                        return loop_blocks_item_type_2
                    if tag == "code":
                        loop_blocks_item_type_3 = CodeBlockYAML.from_dict(data)

                        return loop_blocks_item_type_3
                    if tag == "text_prompt":
                        loop_blocks_item_type_4 = TextPromptBlockYAML.from_dict(data)

                        return loop_blocks_item_type_4
                    if tag == "download_to_s3":
                        loop_blocks_item_type_5 = DownloadToS3BlockYAML.from_dict(data)

                        return loop_blocks_item_type_5
                    if tag == "upload_to_s3":
                        loop_blocks_item_type_6 = UploadToS3BlockYAML.from_dict(data)

                        return loop_blocks_item_type_6
                    if tag == "file_upload":
                        loop_blocks_item_type_7 = FileUploadBlockYAML.from_dict(data)

                        return loop_blocks_item_type_7
                    if tag == "send_email":
                        loop_blocks_item_type_8 = SendEmailBlockYAML.from_dict(data)

                        return loop_blocks_item_type_8
                    if tag == "file_url_parser":
                        loop_blocks_item_type_9 = FileParserBlockYAML.from_dict(data)

                        return loop_blocks_item_type_9
                    if tag == "validation":
                        loop_blocks_item_type_10 = ValidationBlockYAML.from_dict(data)

                        return loop_blocks_item_type_10
                    if tag == "action":
                        loop_blocks_item_type_11 = ActionBlockYAML.from_dict(data)

                        return loop_blocks_item_type_11
                    if tag == "navigation":
                        loop_blocks_item_type_12 = NavigationBlockYAML.from_dict(data)

                        return loop_blocks_item_type_12
                    if tag == "extraction":
                        loop_blocks_item_type_13 = ExtractionBlockYAML.from_dict(data)

                        return loop_blocks_item_type_13
                    if tag == "login":
                        loop_blocks_item_type_14 = LoginBlockYAML.from_dict(data)

                        return loop_blocks_item_type_14
                    if tag == "wait":
                        loop_blocks_item_type_15 = WaitBlockYAML.from_dict(data)

                        return loop_blocks_item_type_15
                    if tag == "human_interaction":
                        loop_blocks_item_type_16 = HumanInteractionBlockYAML.from_dict(
                            data
                        )

                        return loop_blocks_item_type_16
                    if tag == "file_download":
                        loop_blocks_item_type_17 = FileDownloadBlockYAML.from_dict(data)

                        return loop_blocks_item_type_17
                    if tag == "data_export":
                        loop_blocks_item_type_18 = DataExportBlockYAML.from_dict(data)

                        return loop_blocks_item_type_18
                    if tag == "terminate":
                        loop_blocks_item_type_19 = TerminateBlockYAML.from_dict(data)

                        return loop_blocks_item_type_19
                    if tag == "goto_url":
                        loop_blocks_item_type_20 = UrlBlockYAML.from_dict(data)

                        return loop_blocks_item_type_20
                    if tag == "pdf_parser":
                        loop_blocks_item_type_21 = PDFParserBlockYAML.from_dict(data)

                        return loop_blocks_item_type_21
                    if tag == "task_v2":
                        loop_blocks_item_type_22 = TaskV2BlockYAML.from_dict(data)

                        return loop_blocks_item_type_22
                    if tag == "http_request":
                        loop_blocks_item_type_23 = HttpRequestBlockYAML.from_dict(data)

                        return loop_blocks_item_type_23
                    if tag == "web_search":
                        loop_blocks_item_type_24 = WebSearchBlockYAML.from_dict(data)

                        return loop_blocks_item_type_24
                    if tag == "conditional":
                        loop_blocks_item_type_25 = ConditionalBlockYAML.from_dict(data)

                        return loop_blocks_item_type_25
                    if tag == "print_page":
                        loop_blocks_item_type_26 = PrintPageBlockYAML.from_dict(data)

                        return loop_blocks_item_type_26
                    if tag == "pdf_fill":
                        loop_blocks_item_type_27 = PdfFillBlockYAML.from_dict(data)

                        return loop_blocks_item_type_27
                    if tag == "split_pdf":
                        loop_blocks_item_type_28 = SplitPdfBlockYAML.from_dict(data)

                        return loop_blocks_item_type_28
                    if tag == "workflow_trigger":
                        loop_blocks_item_type_29 = WorkflowTriggerBlockYAML.from_dict(
                            data
                        )

                        return loop_blocks_item_type_29
                    if tag == "google_sheets_read":
                        loop_blocks_item_type_30 = GoogleSheetsReadBlockYAML.from_dict(
                            data
                        )

                        return loop_blocks_item_type_30
                    if tag == "email_inbox":
                        loop_blocks_item_type_31 = EmailInboxBlockYAML.from_dict(data)

                        return loop_blocks_item_type_31
                    if tag == "google_sheets_write":
                        loop_blocks_item_type_32 = GoogleSheetsWriteBlockYAML.from_dict(
                            data
                        )

                        return loop_blocks_item_type_32

            loop_blocks_item = _parse_loop_blocks_item(loop_blocks_item_data)

            loop_blocks.append(loop_blocks_item)

        condition = BranchCriteriaYAML.from_dict(d.pop("condition"))

        block_type = cast(Literal["while_loop"] | Unset, d.pop("block_type", UNSET))
        if block_type != "while_loop" and not isinstance(block_type, Unset):
            raise ValueError(
                f"block_type must match const 'while_loop', got '{block_type}'"
            )

        def _parse_next_block_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_block_label = _parse_next_block_label(d.pop("next_block_label", UNSET))

        continue_on_failure = d.pop("continue_on_failure", UNSET)

        def _parse_model(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        ignore_workflow_system_prompt = d.pop("ignore_workflow_system_prompt", UNSET)

        next_loop_on_failure = d.pop("next_loop_on_failure", UNSET)

        while_loop_block_yaml = cls(
            label=label,
            loop_blocks=loop_blocks,
            condition=condition,
            block_type=block_type,
            next_block_label=next_block_label,
            continue_on_failure=continue_on_failure,
            model=model,
            ignore_workflow_system_prompt=ignore_workflow_system_prompt,
            next_loop_on_failure=next_loop_on_failure,
        )

        while_loop_block_yaml.additional_properties = d
        return while_loop_block_yaml

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
