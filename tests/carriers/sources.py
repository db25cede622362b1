"""The sources of the carriers: manifest name -> (sha256 the manifest pins for the archive or file,
sha256 of the message's own bytes, its Message-ID as extract --json shows it)."""

SOURCES: dict[str, tuple[str, str, str | None]] = {
    "talon/standard_replies/gmail.eml": (
        "263d122609747691e9f75726ea565f5da8a40146a7a81eb5883e51b8224b0e5c",
        "2aeea0d48a5babf3d768091db1e449ae49e78d5c0d4fe5a539969d7fafa12677",
        "<CAKsfaBW4hj0Gek6TwbR3erng4P1y0CZzJ0d=pXtCNnYnbe7PLg@mail.gmail.com>"),
    "talon/standard_replies/aol.eml": (
        "263d122609747691e9f75726ea565f5da8a40146a7a81eb5883e51b8224b0e5c",
        "c10047891f9f9b7b600dddd2ef719c9b0075137e722264839553a9225065c83f",
        "<8CEDEEFBEF4733B-1E5C-73DF@webmail-d070.sysops.aol.com>"),
    "talon/standard_replies/comcast.eml": (
        "263d122609747691e9f75726ea565f5da8a40146a7a81eb5883e51b8224b0e5c",
        "1300bd5c157daa27cc1d31642919b7a46408ba285efb3ca3a999345af8a99e99",
        "<650787974.741595.1333374972389.JavaMail.root@sz0152a.westchester.pa.mail.comcast.net>"),
    "talon/standard_replies/hotmail.eml": (
        "263d122609747691e9f75726ea565f5da8a40146a7a81eb5883e51b8224b0e5c",
        "409c1c377183006d61215cb83fd6b2e2aad8ee2ffbbc8ad02bef29dfdfc02982",
        "<DUB102-W192C6E94759954C4885B92B14C0@phx.gbl>"),
    "talon/standard_replies/yahoo.eml": (
        "263d122609747691e9f75726ea565f5da8a40146a7a81eb5883e51b8224b0e5c",
        "b814a89bc5610854af2475c77dba1afed8c49661e14349178fe26d0dae55e0da",
        "<1333374330.68772.YahooMailNeo@web114411.mail.gq1.yahoo.com>"),
    "talon/standard_replies/iphone.eml": (
        "263d122609747691e9f75726ea565f5da8a40146a7a81eb5883e51b8224b0e5c",
        "90879c8d11501f22e1f6dff65ac2a48623e6b4cd3e776e277a03c059fcd15382",
        "<06C90B12-13B9-4C5F-A9EF-4A809D94C078@gmail.com>"),
    "talon/standard_replies/thunderbird.eml": (
        "263d122609747691e9f75726ea565f5da8a40146a7a81eb5883e51b8224b0e5c",
        "9b17b516d8f8ffaa8183d2f8c323670329ca26c9f5faaa2d2750732fb781655b",
        "<4F79B73C.9030506@xxx.mailgun.org>"),
    "talon/standard_replies/apple_mail.eml": (
        "263d122609747691e9f75726ea565f5da8a40146a7a81eb5883e51b8224b0e5c",
        "60b28bc3752e74b80332caaa249c784b4956a4d9873f23cc172d70ba74c6cd36",
        "<9A1EA6A5-4FD3-4AD0-8DFD-2420E670DB53@gmail.com>"),
    "talon/standard_replies/apple_mail_2.eml": (
        "263d122609747691e9f75726ea565f5da8a40146a7a81eb5883e51b8224b0e5c",
        "9ef30ad9b167beb38ac5a71a040b03267a4eb27d3eb51a999613d887b889cdc3",
        "<68001B29-8EA4-444C-A894-0537D2CA5208@tictail.com>"),
    "talon/standard_replies/android.eml": (
        "263d122609747691e9f75726ea565f5da8a40146a7a81eb5883e51b8224b0e5c",
        "397974938a2d8ef0ed651bea32f8dc1ca1a8530355b7cd7f82bbe638f7b0cc4e",
        "<CAEAsyCZ-sCHxZtoKyM3JmT5gSYpZd5GwY-cVNiV8H329zgJT4g@mail.gmail.com>"),
    "talon/standard_replies/sparrow.eml": (
        "263d122609747691e9f75726ea565f5da8a40146a7a81eb5883e51b8224b0e5c",
        "e4847f31c4c15e4638e9f368fe3ed8338f380169dde452b7ecad787118fd404e",
        "<5BB86EF4B6E24E4C9DA4BBEF59DA9809@gmail.com>"),
    "talon/standard_replies/outlook.eml": (
        "263d122609747691e9f75726ea565f5da8a40146a7a81eb5883e51b8224b0e5c",
        "9b7f84f16dc2b1fe3580b3adc14030c5afc570c2066c20ce15884bf1c2b5a194",
        None),
    "talon/reply-quotations-share-block.eml": (
        "263d122609747691e9f75726ea565f5da8a40146a7a81eb5883e51b8224b0e5c",
        "5588e62e7d10506c3cb74460ad603b77ea5f7e4b9323ace47215b81c7859deac",
        None),
    "hyperkitty/non-ascii-headers.txt#2": (
        "deb582937ec5bc9ea9c1d5d86bfb76a4da429b60e1fea6fd6964e7c667cf161d",
        "8d1834302bd1bdc333c0e1395492a12b8df181cf291d7434dbaad9a59f705c45",
        "<4FFC1C09.6030907@redhat.com>"),
    "hyperkitty/non-ascii-headers.txt#4": (
        "deb582937ec5bc9ea9c1d5d86bfb76a4da429b60e1fea6fd6964e7c667cf161d",
        "38692afa24fad9f8be2ea5611f27a6e3a6f73338aed15c7bd1c3dc5aae788f8d",
        "<500668B1.8090904@redhat.com>"),
    "hyperkitty/non-ascii-headers.txt#5": (
        "deb582937ec5bc9ea9c1d5d86bfb76a4da429b60e1fea6fd6964e7c667cf161d",
        "7ce41d3fbd5c4afe9b1f3c55086cc433ffdf95cdbc9bdb030ca5b066262cc94e",
        "<1343161478.3005.55.camel@eagle.danny.cz>"),
    "hyperkitty/non-ascii-headers.txt#1": (
        "deb582937ec5bc9ea9c1d5d86bfb76a4da429b60e1fea6fd6964e7c667cf161d",
        "541674bdb8d01ae3f56205dc722d663574c828e57e50c99b97f8c80529a559c3",
        "<4FFC1228.3060409@redhat.com>"),
    "hyperkitty/attachment-2.txt": (
        "deb582937ec5bc9ea9c1d5d86bfb76a4da429b60e1fea6fd6964e7c667cf161d",
        "21951490a4b231062f9e85d29de49b92817d1cebd05231c7d2d172b00aa2dfbc",
        "<57040E66.9050705@msapiro.net>"),
    "hyperkitty/strange-in-reply-to-header.txt": (
        "deb582937ec5bc9ea9c1d5d86bfb76a4da429b60e1fea6fd6964e7c667cf161d",
        "cd477122a85f1655eeb962046e24662a47859470b834db51e9b3ffc62c9ac848",
        "<20070406224355.899B9180064@test.example.com>"),
    "hyperkitty/another-wrong-encoding.txt": (
        "deb582937ec5bc9ea9c1d5d86bfb76a4da429b60e1fea6fd6964e7c667cf161d",
        "83488c661817d8749f761653ba809cf0aa22bd29f112991a21b89632ad72b785",
        "<msg@id>"),
    "django-mailman3/html-email-1.txt": (
        "f9916b269cb9c5d5ba61d7bf5c4bf1a0037cf934907622343df8d9edb1c6d11b",
        "761ce349dffd72ced3a18280eea3ae5d1097eb85a3599013da5a5d818e2eb0b0",
        "<016001cd9b3b$b71efed0$255cfc70$@fr>"),
    "django-mailman3/attachment-4.txt": (
        "f9916b269cb9c5d5ba61d7bf5c4bf1a0037cf934907622343df8d9edb1c6d11b",
        "a1db151b9aa95373917f5a2bb49c58b6db0d835944fa153d8544066050e0bb16",
        "<CAHmoxtXXb3un1C=ZvYNtz-eYghm-GH925gDVHyjhvL2YEsZ-Yw@mail.gmail.com>"),
    "django-mailman3/attachment-5.txt": (
        "f9916b269cb9c5d5ba61d7bf5c4bf1a0037cf934907622343df8d9edb1c6d11b",
        "f8531104fc0e0c86840c5c183b35dedd4c4e0fb2a946a74ba20eb0c8f9706c29",
        "<506C3344.7020501@free.fr>"),
    "django-mailman3/attached_message.txt": (
        "f9916b269cb9c5d5ba61d7bf5c4bf1a0037cf934907622343df8d9edb1c6d11b",
        "da5c07d149b71f1954c42e4a4ec2c6ecbeb0d076881555cbf95a511e1220310f",
        "<06099ccc-48bc-c4fa-5d2a-0bdb597d5812@example.com>"),
    "django-mailbox/message_with_utf8_attachment.eml": (
        "9060a4ddc81d16aa699e266649c12eaf4f29671b5266352e2fad3043a6832b52",
        "b2bbaa4ee025e3487194535c414da45d9a4c2924dd8a7d6b805792674b73cc14",
        "<8cd4a49b11cf9a1867432bd5909a06bb@REDACTED>"),
    "django-mailbox/message_with_image_jpg_mimetype.eml": (
        "9060a4ddc81d16aa699e266649c12eaf4f29671b5266352e2fad3043a6832b52",
        "c7adcd59d8b7c57750d3a2d6f26d6c957ee068a99dd1e8941c8586ad548738bf",
        "<510A5CC8.6E86.00A9.1@example.net>"),
    "django-mailbox/message_with_long_text_lines.eml": (
        "9060a4ddc81d16aa699e266649c12eaf4f29671b5266352e2fad3043a6832b52",
        "dd8e6f9c32781c6819e2ecd7aa51f58ca4f684edf9a836ac3ce7258256afb07d",
        "<8E4EA9F3-4F4D-45D5-94F8-D3B91B68ABC8@somewhere.net>"),
    "django-mailbox/multipart_text.eml": (
        "9060a4ddc81d16aa699e266649c12eaf4f29671b5266352e2fad3043a6832b52",
        "71a05934e45a9e2c84ef47070e0fb215320e9aa0de862e40c2d8882924de51ab",
        "<CAMdmm+hK=swkM_SJ3EfoAO-AAE1Rr8Nyd5-OU3BHG6_1u5AdUw@mail.gmail.com>"),
    "django-mailbox/message_with_rfc822_attachment.eml": (
        "9060a4ddc81d16aa699e266649c12eaf4f29671b5266352e2fad3043a6832b52",
        "7b159dca324eca2d644b325fcb124faa071ba9d941a929f9a5c30ebc590fc44a",
        "<ce1f843c1a2d4de7a0c7c78c84a50f8d@adamcoddington.net>"),
    "django-mailbox/generic_message.eml": (
        "9060a4ddc81d16aa699e266649c12eaf4f29671b5266352e2fad3043a6832b52",
        "fd50a1ca7eb5887c1fb6ab844c0efd6d4693ac092b4ce25889dbbd8d1ebdc908",
        "<CAMdmm+hGH8Dgn-_0xnXJCd=PhyNAiouOYm5zFP0z-foqTO60zA@mail.gmail.com>"),
    "django-mailbox/message_with_many_multiparts.eml": (
        "9060a4ddc81d16aa699e266649c12eaf4f29671b5266352e2fad3043a6832b52",
        "f659e43108ec144661d2281eaf3051bdbc5736fe93ba53b4c5c1c686e95561aa",
        "<5bec11c119194c14999e592feb46e3cf@sendersdomain.com>"),
    "cpython-test-email/msg_15.txt": (
        "8f1c4f13d767b8a4d55fe9a377c3ff20cfd7e77b9b9da12e1df9772c1f685f27",
        "8f1c4f13d767b8a4d55fe9a377c3ff20cfd7e77b9b9da12e1df9772c1f685f27",
        "<xxxx>"),
    "cpython-test-email/msg_32.txt": (
        "b41254e201645eeca3d0c9ca84ba7726c8c21b3796c04cbb9e20d8a2b51ee894",
        "b41254e201645eeca3d0c9ca84ba7726c8c21b3796c04cbb9e20d8a2b51ee894",
        None),
    "cpython-test-email/msg_10.txt": (
        "31b6aa0a2168c412559b6c9667846d84de86554af573a1a9dfa5dc753de3754a",
        "31b6aa0a2168c412559b6c9667846d84de86554af573a1a9dfa5dc753de3754a",
        None),
    "mailman/handlers/tests/data/html_to_plain.eml": (
        "0de478fcf326f25d931938c3744e61c5cd67596b46e5b1e3bb2abf99d5445632",
        "8266995bec5caa0f7e2827670c265f478d06f215cb58cedbdfa4752b5540e509",
        "<msg@example.com>"),
    "mailman/handlers/tests/data/collapse_alternatives.eml": (
        "0de478fcf326f25d931938c3744e61c5cd67596b46e5b1e3bb2abf99d5445632",
        "57cef8261e27594cae3df1e382d531c73aa256e7d8efc521528f70b06f214c3c",
        "<5847c753-d3c5-23ac-edbd-c102999636a2@example.com>"),
    "mail-parser/mail_test_3": (
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "07945c6dcdee743cc843f5b8fd41e338e62c1781a52e2fd36cf019a29eb5a2a6",
        "<8AF5A2192C2A46BE.2743cdb5-7033-d969-fce8-c552542a49a3@mail.outlook.com>"),
    "dkimpy/message.mbox": (
        "b5f60fb47bbf5d8d762f134bcea0c388eba6b498342a682a21f1686545094b77",
        "82e5fad1c94ff80fa955c233cfebafd433609021677c3790400b7f82bc788598",
        "<201103071423.13147.scott@kitterman.com>"),
    "dkimpy/test2.message": (
        "b5f60fb47bbf5d8d762f134bcea0c388eba6b498342a682a21f1686545094b77",
        "59a037e6ab1507c046b4fd359159ed82fa4e076f0d87aff34ae8fa74290a6c0a",
        "<CABop5ezogOsxQXV1pUHCZDf-w3XpOFPsbSm8o8Lx5CRX-eq4fg@mail.gmail.com>"),
    "hyperkitty/attachment-3.txt": (
        "deb582937ec5bc9ea9c1d5d86bfb76a4da429b60e1fea6fd6964e7c667cf161d",
        "e34580f257fe80e9ffb125392b68c4a6be7a6375259537cfdceb4cf9abdda5cc",
        "<20160419143715.155B4448003@example.com>"),
    "pymilter/test8": (
        "2fac54d5b5ccca87786ad25eb0057a40bee6d5d3f71d7a6d5fe495ab6e460c3f",
        "0841f435269965474fdd73e311d51415173a1d6102afa4c6b37758d7bca6f2c8",
        "<OE142r27kicP3lh9uKw0000a7a1@hotmail.com>"),
    "postorius/test-held-message-1.txt": (
        "602def5c4852900d49e8ad95196a2334e13c31e49d9c0859324879e7c5131a22",
        "0f1ad2c8571da0f5e04e6bcee2923f4d1380e9b123e76de9623ed17f17b0095b",
        "<50619B7A.2030404@thelounge.net>"),
    "enmime/mail/quoted-printable-mime.raw": (
        "169033d5c688c5e61c9581b31cb450beb8809ae2b53ccf22865a5f89ef4db1ab",
        "169033d5c688c5e61c9581b31cb450beb8809ae2b53ccf22865a5f89ef4db1ab",
        "<5081A889.3020108@jamehi03lx.noa.com>"),
    "enmime/mail/mime-mixed-related.raw": (
        "ceeaa825bd280da224a67fbeb7659724cae5079e87f515ce07c8a7774c67bc0e",
        "ceeaa825bd280da224a67fbeb7659724cae5079e87f515ce07c8a7774c67bc0e",
        "<5081A889.3020108@jamehi03lx.noa.com>"),
    "enmime/mail/other-multi-related.raw": (
        "cbae822596069c6047aa0326aa20aad3bc190a9c2ac930ce34f4f1360372ac4e",
        "cbae822596069c6047aa0326aa20aad3bc190a9c2ac930ce34f4f1360372ac4e",
        None),
    "lamson/tests/borked.msg": (
        "253edf385ae54606579b6b717adf5edcd9df47f9a1d488aa61b9e9f42587d37d",
        "65737b32025c18445e930e13cf0b0621c81cf50cf30c18727ed90e839387e84d",
        "<1245616958.16548.2.camel@debian.lan>"),
    "enmime/mail/html-mime-inline.raw": (
        "c1de9ff47c2db534a8fbceaf32dc29bbc9ef85455a64158c29ed33dd1e6c51c4",
        "c1de9ff47c2db534a8fbceaf32dc29bbc9ef85455a64158c29ed33dd1e6c51c4",
        "<4E2E5A48-1A2C-4450-8663-D41B451DA93E@makita.skynet>"),
    "pymilter/samp1": (
        "2fac54d5b5ccca87786ad25eb0057a40bee6d5d3f71d7a6d5fe495ab6e460c3f",
        "d56ec4d87c34d3a8175ae3b15d0f1d98894c2a77694ad21917ad8126c4304c84",
        "<3A75F7F6.CBF9E75@foobar.com>"),
    "enmime/mail/mime-signed.raw": (
        "09ee90bf37554e15339c9467741498f81ac7fea3711db071213d396669d8ea24",
        "09ee90bf37554e15339c9467741498f81ac7fea3711db071213d396669d8ea24",
        "<5081A889.3020108@jamehi03lx.noa.com>"),
    "pymilter/test1#1": (
        "2fac54d5b5ccca87786ad25eb0057a40bee6d5d3f71d7a6d5fe495ab6e460c3f",
        "b9bfe6d022c8fad29f3c877473a6eea25af15a2d6aaccd00fc596b7c580b91a9",
        "<1066228317.986.549.camel@cargo2>"),
    # third batch
    "hyperkitty/non-ascii-headers.txt#3": (
        "deb582937ec5bc9ea9c1d5d86bfb76a4da429b60e1fea6fd6964e7c667cf161d",
        "19c00c29eb9a913e467d2217e65c92bb4df21a272867c50e1956f8db8b5150be",
        "<201207130149.23771.bjorn@xn--rombobjrn-67a.se>"),
    "hyperkitty/non-ascii-headers.txt#6": (
        "deb582937ec5bc9ea9c1d5d86bfb76a4da429b60e1fea6fd6964e7c667cf161d",
        "b037e55d75004e593f12c5b910486ab06651e3d34d924bfacfc9c13d140d0e6a",
        "<1575009.Hf8WqyK1vx@hactar.xn--rombobjrn-67a.se>"),
    "enmime/mail/qp-utf8-header.raw": (
        "600ce874e899fab2fd221c9f1045928a709334005b482cddd9cc2609bac99b99",
        "600ce874e899fab2fd221c9f1045928a709334005b482cddd9cc2609bac99b99",
        "<5081A889.3020108@jamehi03lx.noa.com>"),
    "enmime/parts/quoted-printable-invalid.raw": (
        "e696e481a18168e3d72f50a48a039d5f31617c0923f7d42e132f9b3977f4b931",
        "e696e481a18168e3d72f50a48a039d5f31617c0923f7d42e132f9b3977f4b931",
        None),
    "django-mailbox/message_with_defective_attachment_association.eml": (
        "9060a4ddc81d16aa699e266649c12eaf4f29671b5266352e2fad3043a6832b52",
        "0cfda7dc14b0f0e281e0dec8590df203aaec1a33e07aa397de331ec1e8cc831a",
        "<5bec11c119194c14999e592feb46e3cf@sendersdomain.com>"),
    "django-mailbox/message_with_text_attachment.eml": (
        "9060a4ddc81d16aa699e266649c12eaf4f29671b5266352e2fad3043a6832b52",
        "b5abd77f8611f87b24fc3cf5adcf169a99134e69658614daa45739cbe1655b22",
        "<CAMdmm+ixRrk+SY2ktbTbGcQctY0VrCZ9C2VJtMqwiY3Zce23Ng@mail.gmail.com>"),
    "cpython-test-email/msg_45.txt": (
        "b98e4e0c90037146f2b5d3cbb9e43cb419f36385cfd7a4567fd509ef00ec53cb",
        "b98e4e0c90037146f2b5d3cbb9e43cb419f36385cfd7a4567fd509ef00ec53cb",
        None),
    "cpython-test-email/msg_07.txt": (
        "8358092b45c8631df6466a2e4dc23278263b2dd2ba5765e99caba47c304dd3b5",
        "8358092b45c8631df6466a2e4dc23278263b2dd2ba5765e99caba47c304dd3b5",
        None),
    "mail-parser/mail_test_13": (
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "d6ea8da145b0361d9454113a3800f14972d0ebfe8d1c3f280fbf882951bc73d4",
        "<3f21937f0f636c8cec1db30bf.042ea43672.20180829202633.199bb58d0b.baa034eb@mail90.suw15.mcsv.net>"),
    "enmime/mail/ctype-bug.raw": (
        "754a6feb8756641222dab898f9e1cce477894454d7e09b5182b831fdc9c52034",
        "754a6feb8756641222dab898f9e1cce477894454d7e09b5182b831fdc9c52034",
        "<55a02731af510_7b0b33f2c7821d@pt02w01.papertrailapp.com.tmail>"),
    "cpython-test-email/msg_44.txt": (
        "67f41bd0b0ac605c5431ad8c658c0c8e3c5d766eac8fbb81d51132f9fb818bfc",
        "67f41bd0b0ac605c5431ad8c658c0c8e3c5d766eac8fbb81d51132f9fb818bfc",
        "<15261.36209.358846.118674@anthem.python.org>"),
    "django-mailbox/message_with_utf8_char.eml": (
        "9060a4ddc81d16aa699e266649c12eaf4f29671b5266352e2fad3043a6832b52",
        "a8974131968a455ea3bdca264e0d78ce84e113c07e90f146e9634b09c1d520af",
        "<388586.81550.bm@smtp120-mob.biz.mail.ne1.yahoo.com>"),
    "hyperkitty/attachment-4.txt": (
        "deb582937ec5bc9ea9c1d5d86bfb76a4da429b60e1fea6fd6964e7c667cf161d",
        "42b99da63d21ea2cfea06c019f8a3f9c582501240b7f662c6803b037f67539e8",
        "<20160419143715.155B4448003@example.com>"),
    "enmime/mail/qp-utf8-header-recursed.raw": (
        "6ceb4b7ed4aa4b519c5e22e81a68c8eecf6b660323b64e31913c649052d880d7",
        "6ceb4b7ed4aa4b519c5e22e81a68c8eecf6b660323b64e31913c649052d880d7",
        "<5081A889.3020108@jamehi03lx.noa.com>"),
    "django-mailbox/message_with_many_multiparts_stripped_html.eml": (
        "9060a4ddc81d16aa699e266649c12eaf4f29671b5266352e2fad3043a6832b52",
        "0b2b54945d833ec81ce83e45c68fbfbbaec2a1fce9ae9f5af423f21c1ced89bd",
        "<5bec11c119194c14999e592feb46e3cf@sendersdomain.com>"),
    "cpython-test-email/msg_04.txt": (
        "a8a24bcd720323185063761b53731cd6dcc5583fc0fd7ffd972137f345b1d738",
        "a8a24bcd720323185063761b53731cd6dcc5583fc0fd7ffd972137f345b1d738",
        "<15261.36209.358846.118674@anthem.python.org>"),
    # fourth batch
    "pymilter/test2#1": (
        "2fac54d5b5ccca87786ad25eb0057a40bee6d5d3f71d7a6d5fe495ab6e460c3f",
        "21ffd8eb29d16a47fc44685e930600e98c6303ad72382341f303fa41adeab570",
        "<4D8B7121.8000801@schayer.com>"),
    "mailbits/emails/reply_to.eml": (
        "13140be94825d440986dee0a6e653d81d3b4df4b0059fbdb6d78ba8ccb0c4ec0",
        "7e59f17549839544e5114806c18c313ccbf533a49b2dc672f6c72909ec3edf56",
        "<3456@example.net>"),
    "mailbits/emails/twine_release.eml": (
        "13140be94825d440986dee0a6e653d81d3b4df4b0059fbdb6d78ba8ccb0c4ec0",
        "b281ec007f8bcf5725f6b1ddfacb9a0fecf20841a8f03284a88800e08747d18f",
        "<CAKQj8i4mZQGGtmLe+rHAZNBXNv2Hw6dg5cHtzQL6e71mnZkanA@mail.gmail.com>"),
    "pymilter/missingboundary#1": (
        "2fac54d5b5ccca87786ad25eb0057a40bee6d5d3f71d7a6d5fe495ab6e460c3f",
        "05f076b2e7063984a67711d9c0e67dcb0d26c0f9a01a8aeb8e5edc909f979364",
        "<4141CDD4.7040305@windowsshop.com>"),
    "spamassassin/sample-nonspam.txt": (
        "ea6d871ca7ae375f20bebc2a136e88f4006f8044e50fc92aae6deeac02fde7af",
        "ea6d871ca7ae375f20bebc2a136e88f4006f8044e50fc92aae6deeac02fde7af",
        "<v0421010eb70653b14e06@[208.192.102.193]>"),
    "cpython-test-email/msg_33.txt": (
        "cc35e6cc84c00eb7d5e2bdf9ceb8977eb94c2bcc1630ea93c6c4b82381406dad",
        "cc35e6cc84c00eb7d5e2bdf9ceb8977eb94c2bcc1630ea93c6c4b82381406dad",
        None),
    "mailman/handlers/tests/data/msg_rfc822.eml": (
        "0de478fcf326f25d931938c3744e61c5cd67596b46e5b1e3bb2abf99d5445632",
        "d2fc2095b5905d15112cfa7ee4615c9b1772c64e93360e5b5d705b905f337fc7",
        "<4D9E6AEA.1060802@example.net>"),
    "mailman/runners/tests/data/ascii_in_utf7.eml": (
        "0de478fcf326f25d931938c3744e61c5cd67596b46e5b1e3bb2abf99d5445632",
        "cec6a9f26fd1c87378030eb8d5e8c84691e31ddfcbf1fa7f87cb932d7e23c105",
        None),
    "django-mailman3/attachment-3.txt": (
        "f9916b269cb9c5d5ba61d7bf5c4bf1a0037cf934907622343df8d9edb1c6d11b",
        "2ac2137f3b255dfa6bb7819d0a2df28366956e0896e341ceb6b94177e6abaf42",
        "<CACec3Lup8apbhUMcm_Ktn1dPxx4eWr2y1RV7ZSYhy0tzmjSrgQ@mail.gmail.com>"),
    "django-mailman3/html-email-2.txt": (
        "f9916b269cb9c5d5ba61d7bf5c4bf1a0037cf934907622343df8d9edb1c6d11b",
        "c3bee5f9396a822e9459cce80965163a6e66a5f81889d26c958cf2d17d834d1d",
        "<016001cd9b3b$b71efed0$255cfc70$@fr>"),
    "fast-mail-parser/rfc/utf8_8bit_body.eml": (
        "ad41cdb84ab73cd5542c1f73eebad9787c8e6f5e0e6f0a87821336ba971ebcea",
        "bbfc779fa7963123990a42266845c6201107ad9be34dc62992722dc07ce682cf",
        "<fixture@fast-mail-parser.test>"),
    "django-mailman3/attachment-2.txt": (
        "f9916b269cb9c5d5ba61d7bf5c4bf1a0037cf934907622343df8d9edb1c6d11b",
        "1a046ba284791a8fd6397ff5582a17d0ee63c77a30df64035ed07dc8da85c82e",
        "<50619B7A.2030404@thelounge.net>"),
    "flufl.bounce/groupwise_03.txt": (
        "a1df16b9d1877ae4536f7d76c00d8421fcefbe694f80f5285d05c45a2547b1bc",
        "c2df402cbe301d9c4b988b6c7da22b75b09d78d5490517c651c40191e662b8e0",
        "<!~!UENERkVCMDkAAQACAAAAAAAAAAAAAAAAABgAAAAAAAAAb8aDTsTUYUWKpwEPi9zh68KAAAAQAAAAV5VlkDLux0e838EhDwTJcQEAAAAA>"),
    "mail-parser/mail_test_7": (
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "04feb2ba606e85931c8e82bcd03f7305add1858b614769f8480ad8b75d55f9f8",
        "<ed264cf8.1d2e138.18e5b8f.29@voidstudicom.it>"),
    "fast-mail-parser/rfc/quoted_printable_body.eml": (
        "ad41cdb84ab73cd5542c1f73eebad9787c8e6f5e0e6f0a87821336ba971ebcea",
        "056b8b7bbc50bc232452359148fccfc40e6d97a5ca253b6eaf77d16214e9bc67",
        "<fixture@fast-mail-parser.test>"),
    "fast-mail-parser/rfc/base64_body.eml": (
        "ad41cdb84ab73cd5542c1f73eebad9787c8e6f5e0e6f0a87821336ba971ebcea",
        "ab528ce0a314a09e72d3f671de4f65166c375050e01661f133da3d5ed2589b7a",
        "<fixture@fast-mail-parser.test>"),
    "enmime/mail/attachment-only-inline-quoted-printable.raw": (
        "c3cfb5da25f54d2f33c20fce0720713bad9d3b17da513851be3faec49b536bd2",
        "c3cfb5da25f54d2f33c20fce0720713bad9d3b17da513851be3faec49b536bd2",
        "<E1cbNWz-0002jP-2E@stuf.com>"),
    # ---- the fifth batch (tests/carriers/spec_batch5.py)
    "enmime/mail/html-only-inline.raw": (
        "51d060c91819521caef6bf3ed326a1d7e919ef20fea6304f7f78c685896003c2",
        "51d060c91819521caef6bf3ed326a1d7e919ef20fea6304f7f78c685896003c2",
        "<4E2E5A48-1A2C-4450-8663-D41B451DA93E@makita.skynet>"),
    "mailbits/mboxes/rfc822.mbox#1": (
        "13140be94825d440986dee0a6e653d81d3b4df4b0059fbdb6d78ba8ccb0c4ec0",
        "a6f0f3780fe2b43cec5efb8be01dfc1182c97997974da512b227269acc4ba7f9",
        "<20180818031152.GA7082@example.nil>"),
    "hyperkitty/attachment-1.txt": (
        "deb582937ec5bc9ea9c1d5d86bfb76a4da429b60e1fea6fd6964e7c667cf161d",
        "a6d57af32a02528f9be89f021cdb3cb56c1665c7a8be28f155cbd08a16f18d36",
        "<505E5185.5040208@libero.it>"),
    "enmime/mail/quoted-printable.raw": (
        "52747e740b3362c2119e5217dced2d6f9065323fd86af311c59fe1d8621daf96",
        "52747e740b3362c2119e5217dced2d6f9065323fd86af311c59fe1d8621daf96",
        "<07B7061D-2676-487E-942E-C341CE4D13DC@makita.skynet>"),
    "mailbits/emails/encoded_param.eml": (
        "13140be94825d440986dee0a6e653d81d3b4df4b0059fbdb6d78ba8ccb0c4ec0",
        "7ced49d9f4b72884ce3f3c9aacdb2f8be4c02d5e487ca636c2791457b9b4b12e",
        None),
    "dkimpy/rfc6376.msg": (
        "b5f60fb47bbf5d8d762f134bcea0c388eba6b498342a682a21f1686545094b77",
        "9741fa4fdbf9e155ae4e14d63613768593c45490b359f2b64d1381a9dc71a168",
        "<20030712040037.46341.5F8J@football.example.com>"),
    "hyperkitty/wrong-in-reply-to-header.txt": (
        "deb582937ec5bc9ea9c1d5d86bfb76a4da429b60e1fea6fd6964e7c667cf161d",
        "bf03c17b38cd0fde99bcbd27253b8319664d22272fd8256a36b9b4f9863be263",
        "<20070406224355.899B9180064@test.example.com>"),
    "fast-mail-parser/large_message.eml": (
        "ad41cdb84ab73cd5542c1f73eebad9787c8e6f5e0e6f0a87821336ba971ebcea",
        "8c127bac00b4eabe53cf783ea946b225457b4600d95ca7b716c3254f617674be",
        "<E1t3Vsa-0004ON-Nu@example.com>"),
    "mailman/handlers/tests/data/html_non_ascii.eml": (
        "0de478fcf326f25d931938c3744e61c5cd67596b46e5b1e3bb2abf99d5445632",
        "52daef0c1ef7a27c4209bae5039e0e117ad14b87c6d71c4d253cbdf67aca5789",
        "<alpha>"),
    "mail-parser/mail_test_5": (
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "c8ec7ffb66dd8906cfca64d0deca9c26983e6ca1a6000a8001def4a30984759e",
        "<aidmakfaofhmuoiauhu.afdakighau@unkown>"),
    "mail-parser/mail_test_2": (
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "bbbd409847f960dc36024c4d7b866b6576d8cf6a0f094032cd90e1f1a9e73054",
        "<4516257BC5774408ADC1263EEBBBB73F@ad.regione.vda.it>"),
    "fast-mail-parser/rfc/rfc6532_utf8_headers.eml": (
        "ad41cdb84ab73cd5542c1f73eebad9787c8e6f5e0e6f0a87821336ba971ebcea",
        "51cbbae9dfc002e8a91b2d1c7d863b0ab64e5c61c77ee47a127010156043f059",
        "<fixture@fast-mail-parser.test>"),
    "mail-parser/mail_test_10": (
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "729f953376d2fd8de673a48fe8bd2e31810e625ce5f05e37dd9e66762d4d21e7",
        "<OF0C5D2406.A7134351-ONC12580DD.00582F46-C12580DD.005C1644@notes.na.collabserv.com>"),
    "django-mailbox/message_with_defective_attachment_association_result.eml": (
        "9060a4ddc81d16aa699e266649c12eaf4f29671b5266352e2fad3043a6832b52",
        "90b14edb5989c593d1cfb6def1f71a56dfbfcbc91c311eb521969151ac0f14d2",
        "<5bec11c119194c14999e592feb46e3cf@sendersdomain.com>"),
    "fast-mail-parser/valid_message.eml": (
        "ad41cdb84ab73cd5542c1f73eebad9787c8e6f5e0e6f0a87821336ba971ebcea",
        "d5d3491c0a9fd37a90161a934386ccfed3686b3b825235d17211b2327f59fe12",
        "<979c70339150d05eec1531104.def745e273.20200701053326.66f48780af.4a62601a@example.com>"),
    "pymilter/spam44": (
        "2fac54d5b5ccca87786ad25eb0057a40bee6d5d3f71d7a6d5fe495ab6e460c3f",
        "c88d0bc0b9d098f3f9ff06aa6b6203f77ad3e6b9d78c9e290b1dd3cd0d662aa6",
        "<NFBBJIMPCLPFGEHDKFINCEKCCDAA.fjoneill@erols.com>"),
    "mail-parser/mail_test_8": (
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "d848558cbcbd310fb2a60c1e925dd4be656a55ae801b37d4065fdf442335b03b",
        "<3615343813390903615122237013831979@lyeo00hp.moneytrack.top>"),
    # ---------------------------------------------------------------- sixth batch (spec_batch6.py)
    "django-mailbox/message_with_long_content.eml": (
        "9060a4ddc81d16aa699e266649c12eaf4f29671b5266352e2fad3043a6832b52",
        "975af2469efdf25f5c64a8183bec91b0e51d6b0135a14256b54edcbe6969794d",
        "<CAAqFzoDNo1JC+wBmAd=xh1DRv+EUPaNJBS+mc3wKehK9jiSpfw@mail.gmail.com>"),
    "django-mailman3/pipermail_nextpart.txt": (
        "f9916b269cb9c5d5ba61d7bf5c4bf1a0037cf934907622343df8d9edb1c6d11b",
        "55287a8ade409b70078cccd48a0c0f8b135cf9280d1b7b929e796ca3dd1aa843",
        "<4FFC1228.3060409@redhat.com>"),
    "mailbits/mboxes/sample.mbox#1": (
        "13140be94825d440986dee0a6e653d81d3b4df4b0059fbdb6d78ba8ccb0c4ec0",
        "da50624f55c6a456783000379ea035b1d499155bc651334cdab4d52fd5c6c963",
        "<0101017629c51320-4f67ae0a-8056-4cd7-b526-e47da4bbe7b7-000000@us-west-2.amazonses.com>"),
    "mail-parser/mail_test_12": (
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "df75861851d704eb3aeb8db9b64cb8db5b963e53a44e7c7da794bf29e9f34d69",
        None),
    "cpython-test-email/msg_02.txt": (
        "05d5e533f5e590d9ee2c7692d26dc87ccbf381f4831cca3362baf596691a55bb",
        "05d5e533f5e590d9ee2c7692d26dc87ccbf381f4831cca3362baf596691a55bb",
        None),
    "enmime/mail/mime-blank-media-name.raw": (
        "ffa397204e2d144d9ab3c3229789278f86fef8c5363a0461195da79035c4b051",
        "ffa397204e2d144d9ab3c3229789278f86fef8c5363a0461195da79035c4b051",
        "<F21768750C2E4303B37CA8EDCD498C67@dm3.entee.co.uk>"),
    "hyperkitty/unconvertable_message.txt": (
        "deb582937ec5bc9ea9c1d5d86bfb76a4da429b60e1fea6fd6964e7c667cf161d",
        "8bc98c6f9b1d096489d3dd36981c160abf17c2b1585e058126d6e2bfe7487741",
        "<20100220230500.GT11549@localhost>"),
    "mail-parser/mail_test_15": (
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "899682b819759359168c8d59df70b52323476ea6949b8838797afc4c0540603c",
        "<WV2NM42D-CCK6-2IHH-RPW-S3VNST2FZ6Z@ncs.gov.ng>"),
    "salmon-mail/spam#14": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "10ccfcf26b9b4c3326ad1a73c06f522244c9b7e12cd87eeeb9d8a89361972375",
        "<01C9C730.3E8F11BC@ks367412.kimsufi.com>"),
    "enmime/mail/non-mime-html-charset-header-only.raw": (
        "dc6c0aef5232589b823c383048fe9a96305b6b31591d99452fdab3fb3a3d9ba4",
        "dc6c0aef5232589b823c383048fe9a96305b6b31591d99452fdab3fb3a3d9ba4",
        "<1913211271.2.1528358425638@zeus>"),
    "mail-parser/mail_test_1": (
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "b7883d1cfdaff2b05ad54842f4bdfc59ef5d76aa6387bd2dbdaeceddc6d97d6a",
        None),
    "mail-parser/mail_test_4": (
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "62dc59ec31c98d63bf751a563e08062704372bf14a649532d2c9f6464750c1bf",
        None),
    "salmon-mail/spam#2": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "437a1c16161b90ba8571cfb7cb8040639d800ede5b8ff4ceba2befdfa589f54d",
        "<A295FDC7.14C0DB08@flyclored.eti.br>"),
    "mail-parser/mail_malformed_1": (
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "776e73c6ad6d3c3e8baf422424e05fd124e5aaf5e5bd304fbcd8f6f0f0ad386b",
        "<791407.263728.a23f87@y.ewreqr.org>"),
    "lamson/tests/spam#7": (
        "253edf385ae54606579b6b717adf5edcd9df47f9a1d488aa61b9e9f42587d37d",
        "a2ef6ae5bde9b409943ef8600812056390937c45c6eac34639a8182fcc3b4d2f",
        "<000d01c9c17a$a2d66420$6400a8c0@pavarottix2>"),
    "mail-parser/mail_test_6": (
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "5701bbeef199090826546221d9e784d5b3b0dff4308d76a76a19fba9526ff0a8",
        "<20170715091841.33B7F81021@smtp11.ggg.com>"),
    "enmime/mail/non-mime-html.raw": (
        "04eb4a1372c2d0d38d9c4cb5cfb92b77ccdff2b02412350ef439ea17d630beff",
        "04eb4a1372c2d0d38d9c4cb5cfb92b77ccdff2b02412350ef439ea17d630beff",
        None),
    # ---------------------------------------------------------------- seventh batch (spec_batch7.py)
    "cpython-test-email/msg_01.txt": (
        "c15a3a17f6b65e9c51c58ed3a79d12bc517f867321ed118e5dc7b5c3a1ed7d4b",
        "c15a3a17f6b65e9c51c58ed3a79d12bc517f867321ed118e5dc7b5c3a1ed7d4b",
        "<15090.61304.110929.45684@aaa.zzz.org>"),
    "salmon-mail/spam#8": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "ae640ac53592d31600bac967b3857e46cc2737075d5f3daf39151431860e4c68",
        "<DZCKMXLCMMTDQSXTBTQEMFHVZ.DANMNAlindaanthony@yahoo.com.sg>"),
    "salmon-mail/spam#9": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "749cf5ed905ff7ce89a6f397d1118e52aa03a170f0a34ed24153d9eccc1024b6",
        "<4158469972.4351.1.camel@xjyuvyk>"),
    "cpython-test-email/msg_26.txt": (
        "46c391e25d3f2fa622d5781a27553176648270768435295a235a760bf725752f",
        "46c391e25d3f2fa622d5781a27553176648270768435295a235a760bf725752f",
        "<6df65d354b.father.time@rpc.wooster.local>"),
    "fast-mail-parser/rfc/multipart_alternative.eml": (
        "ad41cdb84ab73cd5542c1f73eebad9787c8e6f5e0e6f0a87821336ba971ebcea",
        "7959cc61051ab425fe760a8b66066846e1353a6f9dd706f56b02eae622eabe5f",
        "<fixture@fast-mail-parser.test>"),
    "salmon-mail/spam#10": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "f2a99d21ec5220312b59f5275f8a27689a6975918c009b75dea1b4298449482a",
        "<14142829.07560EB@pwc.utc.com>"),
    "salmon-mail/spam#3": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "88b19ccb8330314112283b362a6bd673b008839c7931ad5b8b3c9ae8497d1033",
        "<BNTAFICTEPORGZYQTNJLLCHCN.CYKYOirisryan@ms39.hinet.net>"),
    "pymilter/big5": (
        "2fac54d5b5ccca87786ad25eb0057a40bee6d5d3f71d7a6d5fe495ab6e460c3f",
        "a626ddd477eac695aa199e40a889f606e2994798c8f2561da90012dd35f3efa6",
        "<VPvce@seed.net.tw>"),
    "salmon-mail/spam#11": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "fff9d1e92c9dc1b8bf18194f1c80c7c063fdf7b01fc19b4d6cb1b0a0bbb95eb3",
        "<01C9CF37.47037FC8@hansanet.ml.ee>"),
    "mailman/email/tests/data/bad_email_4.eml": (
        "0de478fcf326f25d931938c3744e61c5cd67596b46e5b1e3bb2abf99d5445632",
        "7529b50c9fa2c1efd0bc1f3d4ea85d35f4976724a6d95fc5ea047f846f2ec76d",
        "<some_id@example.com>"),
    "mail-parser/mail_test_9": (
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "e0984326c6260ba2347042add2f670382cb449f63d081d6edadee7dca8b35e57",
        "<5AF385F77A53C2509D46E44914A76433@ljhw>"),
    "hyperkitty/payload-utf8-wrong.txt": (
        "deb582937ec5bc9ea9c1d5d86bfb76a4da429b60e1fea6fd6964e7c667cf161d",
        "76b90d9688d4d325339883a3acd28a62b81531b941dcc7f1ab935e608e3ba24d",
        "<wrong.encoding>"),
    "enmime/low-quality/html-only-inline.raw": (
        "c2926f519fb087d06af01bd9191433fdbdd6829271b326a32082bc952e2b238b",
        "c2926f519fb087d06af01bd9191433fdbdd6829271b326a32082bc952e2b238b",
        "<4E2E5A48-1A2C-4450-8663-D41B451DA93E@makita.skynet>"),
    "salmon-mail/spam#5": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "c93fd285631dcc95fadf6906ddd1f20812461da13fcd360289c75278033fb5cd",
        "<4a0dc38d.0504c00a.588d.ffff98d7SMTPIN_ADDED@mx.google.com>"),
    "salmon-mail/spam#17": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "8ebc022faa31ceb1586acc86b7ef514fc4b86ef58680866f3096b6290c6e80a7",
        "<200905216146.a54494b@ABTS-North-Static-006.225.160.122.airtelbroadband.in>"),
    "salmon-mail/spam#20": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "64ca73fd35b191f98f0109c9ec19613164de73baf86903fa666be5a8338ff220",
        "<AITEBN68084.B0519EA@[190.55.186.212]>"),
    "cpython-test-email/msg_03.txt": (
        "e34151ed8e0c5f0ea996f1128834b15f41f5e2081a41dca2ba7f2f307c331f49",
        "e34151ed8e0c5f0ea996f1128834b15f41f5e2081a41dca2ba7f2f307c331f49",
        "<15090.61304.110929.45684@aaa.zzz.org>"),
    "salmon-mail/spam#18": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "b36f272585ae0c83b8f8440eaa68577c384a9c70861e7ff3a8e304e8d8877ecf",
        "<01C9D7E4.366A4689@xvm-8-118.ghst.net>"),
    "dkimpy/rfc6376.signed.msg": (
        "b5f60fb47bbf5d8d762f134bcea0c388eba6b498342a682a21f1686545094b77",
        "0c3ac4e66d32b709906abadb4f97a069fb43bc26b6310ed07d18bda552f05459",
        "<20030712040037.46341.5F8J@football.example.com>"),
    "mailman/utilities/tests/data/scrub_test.eml": (
        "0de478fcf326f25d931938c3744e61c5cd67596b46e5b1e3bb2abf99d5445632",
        "e6cce604e6b4096d215f26f51a5c6e962cf7d83574b86e36a30cea201cf01eeb",
        None),
    "fast-mail-parser/rfc/nested_multipart.eml": (
        "ad41cdb84ab73cd5542c1f73eebad9787c8e6f5e0e6f0a87821336ba971ebcea",
        "6bea2f1c7109cddf822b3c1e582b773c6f52e65e8bebef3e329975cd2f14a11b",
        "<fixture@fast-mail-parser.test>"),
    "salmon-mail/spam#19": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "bdbf20c66dee02e5f11e7616b7df67e1ce80cecc45df257607d1b9648afa0f47",
        "<688054121741879.HTAHAWQGPGTFZMP@ABTS-MP-dynamic-076.56.168.122.airtelbroadband.in>"),
    "salmon-mail/spam#7": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "06e45b5e9d895b4fc2def1db5779831662439bb9f9201c87fb986f6c4f494a91",
        "<000d01c9c17a$a2d66420$6400a8c0@pavarottix2>"),
    "mail-parser/mail_test_11": (
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "4cc2fa32118da1845de66cf292a47e2d16b9c0a59a2e8a837b3ae7c5fbe2eb50",
        None),
    "salmon-mail/spam#15": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "4b19bf5b6b366352b5f08a270921ec5bc2c93aa67fe9dc8a5fc26d0e9a2cbab7",
        "<4a08388b.1c67f10a.3a47.79aeSMTPIN_ADDED@mx.google.com>"),
    "pymilter/spam7": (
        "2fac54d5b5ccca87786ad25eb0057a40bee6d5d3f71d7a6d5fe495ab6e460c3f",
        "8bd884ffe1c7a7837f2e976818f0be6497e373c1331160daf709269b0de32a05",
        "<F251n1gLtuUtVSMp2uu0000a344@hotmail.com>"),
    "salmon-mail/spam#4": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "df3a4ee0d6144dd7a482ca9cb66767d7e17fa8100a9b6ff57b6d5c5c279f23c6",
        "<0b6a01c9c327$b93be1a0$4b9a9c7b@repw>"),
    "fast-mail-parser/rfc/multipart_related.eml": (
        "ad41cdb84ab73cd5542c1f73eebad9787c8e6f5e0e6f0a87821336ba971ebcea",
        "f261837b06b11db04a0eef276a689cbaac5e35a110e61bf23c28b8a7965e92f6",
        "<fixture@fast-mail-parser.test>"),
    "pymilter/honey": (
        "2fac54d5b5ccca87786ad25eb0057a40bee6d5d3f71d7a6d5fe495ab6e460c3f",
        "78f1c55aa4dd19c322c8a0818a4e7fe93048ed6930365fad685f9ecf2a2d804d",
        None),
    "enmime/mail/non-mime-missing-charset.raw": (
        "56778359855591940b1f41b64e764599b5e0eade6d6378ad5ab3c6105a2eb64f",
        "56778359855591940b1f41b64e764599b5e0eade6d6378ad5ab3c6105a2eb64f",
        None),
    "salmon-mail/spam#6": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "19927ef78bd4261372abfca8b2f6f276e4f76264146a2e21fbac8e26a5236f28",
        "<4a0a0a43.9153f10a.665b.4167SMTPIN_ADDED@mx.google.com>"),
    "enmime/low-quality/unk-charset-html-only.raw": (
        "aa67346fa424611c1f46d69ec62f6c2418c59b39180ab8b63f7bf89388de785a",
        "aa67346fa424611c1f46d69ec62f6c2418c59b39180ab8b63f7bf89388de785a",
        "<07B7061D-2676-487E-942E-C341CE4D13DC@makita.skynet>"),
    # the ninth batch
    "pymilter/spam8": (
        "2fac54d5b5ccca87786ad25eb0057a40bee6d5d3f71d7a6d5fe495ab6e460c3f",
        "63f2067460bc00d0d1577728dcbb9ada8c0f200ee1360bc982906c81475a0d76",
        "<2002100202.RS11@mail.pro-send.com>"),
    "salmon-mail/spam#13": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "8632c8156ac299ab154eb9471ed0504932cba67a07f369a72009d954e9953fae",
        "<01C9D4F1.1AB275C6@localhost>"),
    "enmime/mail/mime-duplicate-param.raw": (
        "d0ad1ef367e368aeb0afd3638803e12bfe02ab1e98af147edfdf3d1f58795e93",
        "d0ad1ef367e368aeb0afd3638803e12bfe02ab1e98af147edfdf3d1f58795e93",
        "<F21768750C2E4303B37CA8EDCD498C67@dm3.entee.co.uk>"),
    "salmon-mail/spam#16": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "3ecad666d440ed972f1cd4feedbda7002d044707164d9cf8f0062eb3f26cd146",
        "<01C9D685.42445447@tk.elmatech.pl>"),
    "salmon-mail/spam#12": (
        "550d2db25dec887209947431e48dbfd83a79fa981f1f86a6521de74a27718bfe",
        "c1d3a63e7161fa76104c088e298796959b9e33cca828b01dda8e304e5efc6a89",
        "<4f5d019dc1d7$3970634e$ce81162b@justdropped.com>"),
    "postorius/simple-email.txt": (
        "602def5c4852900d49e8ad95196a2334e13c31e49d9c0859324879e7c5131a22",
        "292922a9f0b0348452d2f6fa351bbf763da6c483d6a9c553b3d1e41a23f5852b",
        "<505E5185.5040208@libero.it>"),
    "enmime/mail/mime-bad-content-transfer-encoding.raw": (
        "91d3022079904e2777ae9018edddedba41b1ee5819bb358241a9b53d81b5825d",
        "91d3022079904e2777ae9018edddedba41b1ee5819bb358241a9b53d81b5825d",
        "<rgrbhlkyhowz-zughjdb-v@demo.com>"),
    "mail-parser/mail_test_14": (
        "602e659b159652d378b0f9cce2d682bee692bedae72687786e2b2e52eaeb9afc",
        "9e48472c464b368562b8fcc238d612733398876c2c2673f84014dc08be36ee4e",
        None),
    "lamson/tests/spam#3": (
        "253edf385ae54606579b6b717adf5edcd9df47f9a1d488aa61b9e9f42587d37d",
        "cc28bd8831082d32f09714ecbfe739275c0807a73bd4a4b84b6f5a41874c5007",
        "<BNTAFICTEPORGZYQTNJLLCHCN.CYKYOirisryan@ms39.hinet.net>"),
    "lamson/tests/spam#14": (
        "253edf385ae54606579b6b717adf5edcd9df47f9a1d488aa61b9e9f42587d37d",
        "61b0f9677652b13b9e53a48547e2d60ec7adc8165e0242e39a08d257b67f83ed",
        "<01C9C730.3E8F11BC@ks367412.kimsufi.com>"),
    "cpython-test-email/msg_40.txt": (
        "d59f6e422b9ad6163924bc1fb70ae8b697a11282d5b32b02708b40cb9a7d82ee",
        "d59f6e422b9ad6163924bc1fb70ae8b697a11282d5b32b02708b40cb9a7d82ee",
        None),
    "lamson/tests/spam#17": (
        "253edf385ae54606579b6b717adf5edcd9df47f9a1d488aa61b9e9f42587d37d",
        "b105a219ac486594576bc910d41656b9164f2e1e02199f69d9321276e9610874",
        "<200905216146.a54494b@ABTS-North-Static-006.225.160.122.airtelbroadband.in>"),
    "lamson/tests/spam#5": (
        "253edf385ae54606579b6b717adf5edcd9df47f9a1d488aa61b9e9f42587d37d",
        "d5b92b6345f2a0eccb3a7f3f87407d2c1202058214f813be0aaac4975ae3309c",
        "<4a0dc38d.0504c00a.588d.ffff98d7SMTPIN_ADDED@mx.google.com>"),
    "lamson/tests/spam#20": (
        "253edf385ae54606579b6b717adf5edcd9df47f9a1d488aa61b9e9f42587d37d",
        "7fadfb53c1ebc74f0c547e44fdfb785df443f9060b2385e5be798e6db319c826",
        "<AITEBN68084.B0519EA@[190.55.186.212]>"),
    "lamson/tests/spam#15": (
        "253edf385ae54606579b6b717adf5edcd9df47f9a1d488aa61b9e9f42587d37d",
        "688c805756affb726eca8d370e0aba2a885d9d0f85ceabdb0f2cf44d8cd5e86c",
        "<4a08388b.1c67f10a.3a47.79aeSMTPIN_ADDED@mx.google.com>"),
    "lamson/tests/spam#19": (
        "253edf385ae54606579b6b717adf5edcd9df47f9a1d488aa61b9e9f42587d37d",
        "52a60ffbb18b03d745fe93276bbaca92808d380e12b6c5660467af40ea0d9bdd",
        "<688054121741879.HTAHAWQGPGTFZMP@ABTS-MP-dynamic-076.56.168.122.airtelbroadband.in>"),
    "mailman/handlers/tests/data/msg_rfc822_out.eml": (
        "0de478fcf326f25d931938c3744e61c5cd67596b46e5b1e3bb2abf99d5445632",
        "8a96027f1399d98854df323e8373bd28a0118e2ffa2cc2732c635db47ee06e92",
        "<4D9E6AEA.1060802@example.net>"),
    "enmime/mail/inlinemultipart.raw": (
        "5ac336007ec8edb7b075785ddad8147191ad74d46957d81ddfab42f44c56eb02",
        "5ac336007ec8edb7b075785ddad8147191ad74d46957d81ddfab42f44c56eb02",
        None),
    "lamson/tests/spam#18": (
        "253edf385ae54606579b6b717adf5edcd9df47f9a1d488aa61b9e9f42587d37d",
        "3c6b44c60d08c552a3e614949bdd8dd17e18a19f09b9b92f99e504d234993589",
        "<01C9D7E4.366A4689@xvm-8-118.ghst.net>"),
    "django-mailbox/message_with_attachment.eml": (
        "9060a4ddc81d16aa699e266649c12eaf4f29671b5266352e2fad3043a6832b52",
        "a706b7bdf5ee4fa54d49cf1350ce845cfd122f21732bde460d7426a06246ea51",
        "<CAMdmm+jYCgrxrekAxszmDnBjAytcBym-Ec+uM-+HEtzuKy=M_g@mail.gmail.com>"),
    "enmime/parts/multialtern.raw": (
        "656c28b8f173207bebc083a533ece2de308a4bb69307c2d8acc2179fdf3bb67e",
        "656c28b8f173207bebc083a533ece2de308a4bb69307c2d8acc2179fdf3bb67e",
        None),
    "fast-mail-parser/attachment_message.eml": (
        "ad41cdb84ab73cd5542c1f73eebad9787c8e6f5e0e6f0a87821336ba971ebcea",
        "2d27a8e3b21b88d35ae9c557f7920acdd5b1ad474cd772811139d88774f5c7c5",
        None),
    "lamson/tests/spam#6": (
        "253edf385ae54606579b6b717adf5edcd9df47f9a1d488aa61b9e9f42587d37d",
        "cebee967b47b7fec1abdb8bc9a0e9bbeeb90cb59882aa0d19dd7bca2a01aab41",
        "<4a0a0a43.9153f10a.665b.4167SMTPIN_ADDED@mx.google.com>"),
    "cpython-test-email/msg_08.txt": (
        "357bf940a54f04d5f7b335a0a6697a1e9dda14eb2f1dbc590beb0fe98ed65f02",
        "357bf940a54f04d5f7b335a0a6697a1e9dda14eb2f1dbc590beb0fe98ed65f02",
        None),
    "enmime/parts/chardet-fail-not-long-enough.raw": (
        "077fbd3a96aa17279fad4fdda0248a05e3a2f2dcbdf05a3ab6b7f8a022cd5a40",
        "077fbd3a96aa17279fad4fdda0248a05e3a2f2dcbdf05a3ab6b7f8a022cd5a40",
        None),
    "enmime/parts/header-only.raw": (
        "9dcec7fe09e12943b717fd8b6f8d8d934015ce5d3422c3cd462af8282ea55d35",
        "9dcec7fe09e12943b717fd8b6f8d8d934015ce5d3422c3cd462af8282ea55d35",
        None),
    "lamson/tests/spam#9": (
        "253edf385ae54606579b6b717adf5edcd9df47f9a1d488aa61b9e9f42587d37d",
        "2d9490d5e0e575233fcbb8b207095e7f24fd0aab20ab1699292286040f9c40ce",
        "<4158469972.4351.1.camel@xjyuvyk>"),
    "cpython-test-email/msg_09.txt": (
        "3ee9d9ab704a1f7e0ce35bb832fe7189528cb5873d1f30285d3520bc48f66eb8",
        "3ee9d9ab704a1f7e0ce35bb832fe7189528cb5873d1f30285d3520bc48f66eb8",
        None),
    "cpython-test-email/msg_12.txt": (
        "449711060a7ec45e0a4bfbd5d497d069676cbf31f77f3385d3e166795e79deaa",
        "449711060a7ec45e0a4bfbd5d497d069676cbf31f77f3385d3e166795e79deaa",
        None),
    # ---------------------------------------------------------------- the eleventh batch (spec_batch11.py)
    "jwz-easy-ham/ham/1726.dcd76e312ad123a4882c12b77f0b92c3.eml": (
        "bbe298179e7614a68ee8e748823e4b5a2d7d57ddc5a1d69d45ec972cc1acc5fb",
        "bbe298179e7614a68ee8e748823e4b5a2d7d57ddc5a1d69d45ec972cc1acc5fb",
        "<200209050639.08199.ygingras@ygingras.net>"),
    "jwz-easy-ham/ham/1127.1b3f0a69bea37c4e0a04b66ebc841196.eml": (
        "85cfd222941a5a867f05d1e28b6307a92dc849cfad54a0e34829d789c03e34fd",
        "85cfd222941a5a867f05d1e28b6307a92dc849cfad54a0e34829d789c03e34fd",
        "<3D6DED60.7070107@myrealbox.com>"),
    "jwz-easy-ham/ham/1603.c0963552df600d961b960f710d6ffaa7.eml": (
        "27461bc3d5fc7d59ebc967705d64daaacf1c5db3ddd89bc2f4b907873740213e",
        "27461bc3d5fc7d59ebc967705d64daaacf1c5db3ddd89bc2f4b907873740213e",
        "<20020922163819.GB25030@kluge.net>"),
    "parse-emails/multiple_to_cc.eml": (
        "cbf83d22c3474588a84698227f09652bc36bc814715844aa6929aa5136be3d8b",
        "cd4c2bd419e0a62ff4c57fad6c860de0339063385bd412e59e52fb1c138be8f0",
        "<5b4831d0-5322-ea23-6312-864ff419a1f1@test.com>"),
    "parse-emails/email_with_signed_attachment.eml": (
        "cbf83d22c3474588a84698227f09652bc36bc814715844aa6929aa5136be3d8b",
        "855a442674c73e0e03ee8bd4f2b6e795bf258a1aff40be9004f94bb4e0511d45",
        "<1111@test.com>"),
    "jwz-easy-ham/ham/0133.fe269b4e9538d5cb9907625c4b63dc2f.eml": (
        "9c4ceb855f6ce83fc51896b73dbf33ff1a795b87769024ed3cef0ca219621a9a",
        "9c4ceb855f6ce83fc51896b73dbf33ff1a795b87769024ed3cef0ca219621a9a",
        "<0B1C586E-BE99-11D6-B0C6-00039396ECF2@deersoft.com>"),
    "jwz-easy-ham/ham/0207.f7d2d40df256d6caea05314f5334a959.eml": (
        "29f8b7412c70195a36058567fbdd6914d4107fdd3b6da7849f428f06e9292853",
        "29f8b7412c70195a36058567fbdd6914d4107fdd3b6da7849f428f06e9292853",
        "<31C6D68FA597D411B04D00E02965883BD23C3F@mailhost>"),
    "jwz-easy-ham/ham/0264.a1183a59e4f0a71e80378d9404a3212f.eml": (
        "9aafc42f79ea709821edd301c58b39d756876b25c2a268257c6b7b343fd39bff",
        "9aafc42f79ea709821edd301c58b39d756876b25c2a268257c6b7b343fd39bff",
        "<3D6C9060.7090308@corvil.com>"),
    "parse-emails/file_with_a_long_subject_and_special_characters.eml": (
        "cbf83d22c3474588a84698227f09652bc36bc814715844aa6929aa5136be3d8b",
        "5954f94f5b22ea96e1d757fe598f889685bb802c856d739a1fb30c5d5e0e5d34",
        "<GVAP278MB090503F494A4B4522F0E3562D6139@GVAP278MB0905.CHEP278.PROD.OUTLOOK.COM>"),
    "parse-emails/eml_non_ascii.eml": (
        "cbf83d22c3474588a84698227f09652bc36bc814715844aa6929aa5136be3d8b",
        "96a21230bd01d52f5d8262ff93f5afef7cb5d321338ce5ea14de5402b10b3cc6",
        "<CAC4PDDkO_cJ+ZNVkR8HY7rrbAdhY3ssTSMuqoA+rXr+afpvp4A@mail.gmail.com>"),
    "parse-emails/containing_corrupted_eml.eml": (
        "cbf83d22c3474588a84698227f09652bc36bc814715844aa6929aa5136be3d8b",
        "0f8f8182aee003516f16090ae4b1610d0e12e8cad18c00f24539e7b53a0ac390",
        None),
    "jwz-easy-ham/ham/0359.7f80dc1df7de3b5121e43f29f0a9e911.eml": (
        "8eca69ac2495185d2fecdfc5587738e47b04e7446c6bc837cf1b648bb28a6040",
        "8eca69ac2495185d2fecdfc5587738e47b04e7446c6bc837cf1b648bb28a6040",
        "<20020825165054.C0EE52FD33@server3.fastmail.fm>"),
    "jwz-easy-ham/ham/0652.5ed46908836bacba742b337197ce3499.eml": (
        "86f8d0728b43c74cfd57423b8385ff1c56511f7155abc77d2832ab6a56591a39",
        "86f8d0728b43c74cfd57423b8385ff1c56511f7155abc77d2832ab6a56591a39",
        "<3D87331C.4AC53007@endeavors.com>"),
    "parse-emails/eml_with_special_utf_8_chars.eml": (
        "cbf83d22c3474588a84698227f09652bc36bc814715844aa6929aa5136be3d8b",
        "6739ef765c746d3195071d8f3806cc28c247bcab031252bef5793417eb5204d9",
        "<CADFviPkV0RedpGUgQQKCeoAFzM_DcV7ofLtFYy8Oii0nZ5to9w@mail.gmail.com>"),
    "jwz-easy-ham/ham/1059.5b0713200efcabb71c7005b32e726a60.eml": (
        "d0fc1ba5c7dbae86c2454d250240dc24d11fb8084fa92f6425c1a6a02843f4ef",
        "d0fc1ba5c7dbae86c2454d250240dc24d11fb8084fa92f6425c1a6a02843f4ef",
        "<20020909191229.EBB3DB1@whatexit.org>"),
    "parse-emails/eml_contains_base64_eml2.eml": (
        "cbf83d22c3474588a84698227f09652bc36bc814715844aa6929aa5136be3d8b",
        "e487271bd697849f5c6273c85403127078a3c9c00ce1973bbebd5977439d0a47",
        "<77069121-C854-4CA3-ABC0-C98D010A8209@demisto.com>"),
    # ---------------------------------------------------------------- the twelfth batch (spec_batch12.py)
    "jwz-easy-ham/ham/0303.e334b6aaad7609a7613e33bb21cc9636.eml": (
        "8a05a973a66fb2060ead0245afdea9c4b9d235880b10b67a13258682520242c6",
        "8a05a973a66fb2060ead0245afdea9c4b9d235880b10b67a13258682520242c6",
        "<20020906003054.GA3997@calm.mc>"),
    "parse-emails/multiple_to_cc_from_Cyrillic_characters.eml": (
        "cbf83d22c3474588a84698227f09652bc36bc814715844aa6929aa5136be3d8b",
        "bd38504906fdd42fcfebf106032f4b6fcae71ac14a68bf00f6ca3c547cc49a75",
        "<5b4831d0-5322-ea23-6312-864ff419a1f1@test.com>"),
    "jwz-easy-ham/ham/1658.5668754ea9f7c62c42b2555e0ca7cdac.eml": (
        "082d86582cc0e7e5d1895965bee8038e1498099acd973024be3b8940914d0a65",
        "082d86582cc0e7e5d1895965bee8038e1498099acd973024be3b8940914d0a65",
        "<006301c25393$398af0a0$b10aa8c0@pbp.net>"),
    "parse-emails/eml_contains_base64_eml.eml": (
        "cbf83d22c3474588a84698227f09652bc36bc814715844aa6929aa5136be3d8b",
        "e36aa7ddd971eed2dc6fc2ffad9e64cfcbf6e15b8e581acced2e50329d9ba316",
        "<77069121-C854-4CA3-ABC0-C98D010A8209@demisto.com>"),
    "jwz-easy-ham/ham/0104.cbb1681451b2525d7aeec9eeb285306d.eml": (
        "e24f5236a09990f602a215a36f83b5a5dab5422970eab6611febfb3163a9033a",
        "e24f5236a09990f602a215a36f83b5a5dab5422970eab6611febfb3163a9033a",
        "<Pine.LNX.4.44.0208231600070.17440-100000@localhost.localdomain>"),
    "parse-emails/smtp_email_type.eml": (
        "cbf83d22c3474588a84698227f09652bc36bc814715844aa6929aa5136be3d8b",
        "3e1f8496bf4a63cc4b9f3181b3e5170bfcd187dda7080927d42dce03ef00a149",
        "<5b4831d0-5322-ea23-6312-864ff419a1f1@test.com>"),
    "jwz-easy-ham/ham/1655.7a0d7700a207ef6f66686f94b02c7a8f.eml": (
        "9a699cc99c38e5f4d6293dfc6a2b01484509376867321303dfb55b05ab7d1f03",
        "9a699cc99c38e5f4d6293dfc6a2b01484509376867321303dfb55b05ab7d1f03",
        "<3D74593D.2050608@sciences.univ-nantes.fr>"),
    "jwz-easy-ham/ham/1648.feab1eecf41d21e438b3658a5ab15f80.eml": (
        "ed6c3ce57d23ec0edfbece001b644ef5cbd61d76b6d63a6d6e054e0fafdb2058",
        "ed6c3ce57d23ec0edfbece001b644ef5cbd61d76b6d63a6d6e054e0fafdb2058",
        "<13711665921.20020824144120@cyborgnation.org>"),
    "jwz-easy-ham/ham/0673.1850e124a4ef3beb85071e67d7f8bf6d.eml": (
        "fa12b29997580c4f6ff60a2e008fed2385f2a4bcc6195311c0574ce553925920",
        "fa12b29997580c4f6ff60a2e008fed2385f2a4bcc6195311c0574ce553925920",
        "<008201c25ee5$1285de40$640a000a@golden>"),
    "jwz-easy-ham/ham/1397.75ebdbdb545c2376e9869203c0c612a8.eml": (
        "9b7af8662aa8e80ffbde0590d0f05496969cc88ebadc815521bc585201050643",
        "9b7af8662aa8e80ffbde0590d0f05496969cc88ebadc815521bc585201050643",
        "<1034245825.2222.11.camel@sahib>"),
    "parse-emails/utf_8_email.eml": (
        "cbf83d22c3474588a84698227f09652bc36bc814715844aa6929aa5136be3d8b",
        "c49f85c63cac14f4a0f47413448122ec2e55eb84fbb589d3945908f77414a5cf",
        "<5b4831d0-5322-ea23-6312-864ff419a1f1@test.com>"),
    "parse-emails/chinese_email_test.eml": (
        "cbf83d22c3474588a84698227f09652bc36bc814715844aa6929aa5136be3d8b",
        "832a20ae4b3528c86247cfbca4668022dc88075e23f14b9826740b2287d81b49",
        "<5b4831d0-5322-ea23-6312-864ff419a1f1@test.com>"),
    "parse-emails/eml_contains_htm_content_type.eml": (
        "cbf83d22c3474588a84698227f09652bc36bc814715844aa6929aa5136be3d8b",
        "01574de627e182f6f2e35fba621f0d8abd1e164a38b4ca935fcf4602c58b8baa",
        "<1716131995.32143.1731382646289.nane.testing.net>"),
    "jwz-easy-ham/ham/0052.40794e238104d6b01f36b0f4d5145175.eml": (
        "308e39b618997376c166397bf18b694256fa34bb34d6b9a7e18e228ac61ed19d",
        "308e39b618997376c166397bf18b694256fa34bb34d6b9a7e18e228ac61ed19d",
        "<200208222349.00463.neugens@libero.it>"),
    "jwz-easy-ham/ham/0453.783e494dbe429698f152a49c0ff0d719.eml": (
        "336776d3ae3d28cd4566c05cdd441550d5154d44b8630615afbe2cd667afab68",
        "336776d3ae3d28cd4566c05cdd441550d5154d44b8630615afbe2cd667afab68",
        "<200208250058.27705.gilougero@wanadoo.fr>"),
    "jwz-easy-ham/ham/0237.a21d745179e22d780194543b7ad765ec.eml": (
        "8296f38f074a8e14718a9c6925f00b9b279c5a537027004f4a0b2f9c8dbe658f",
        "8296f38f074a8e14718a9c6925f00b9b279c5a537027004f4a0b2f9c8dbe658f",
        "<3D6BC527.28671.1437E0A@localhost>"),
    "jwz-easy-ham/ham/0467.2c8e19f45e0110db44dcda8529f10676.eml": (
        "058abb08c03e3085d422ca1cf4d200f7c8add048b3af50eb5f0dd1773c462e2b",
        "058abb08c03e3085d422ca1cf4d200f7c8add048b3af50eb5f0dd1773c462e2b",
        "<005601c25388$59f8f220$0200a8c0@JMHALL>"),
    "jwz-easy-ham/ham/0592.217bf33fe765d8cf064a732d56a51ba3.eml": (
        "b8b58adeeeb8f823a3f21f0fe11f6562f2f39928bdf352a30ee860781bc57d96",
        "b8b58adeeeb8f823a3f21f0fe11f6562f2f39928bdf352a30ee860781bc57d96",
        "<20020910004617.GB1045@ibu.internal.qu.to>"),
    "jwz-easy-ham/ham/0619.1eebcb2010962026f9e985efaf54c54c.eml": (
        "d954d26c963dd21839835f04a85b2f992e1f85ea826ed94414f5272f019a23bd",
        "d954d26c963dd21839835f04a85b2f992e1f85ea826ed94414f5272f019a23bd",
        "<000001c259c0$a8559890$0200a8c0@JMHALL>"),
    "jwz-easy-ham/ham/0156.3d3293a5da919cf65959e6bd63feaf27.eml": (
        "8c5cb582742e5af0744fc607bf6b8f1442adfd75437f8e7b80c14f0b7025b44d",
        "8c5cb582742e5af0744fc607bf6b8f1442adfd75437f8e7b80c14f0b7025b44d",
        "<1034027845.2296.163.camel@bobcat.ods.org>"),
    "jwz-easy-ham/ham/0044.f1db2c76854ee58bc73d0c85ca6a86d2.eml": (
        "7bbef02a629af62ff3747a2971177fcb4fac5d684fcedf7323b965fe8c41a9fa",
        "7bbef02a629af62ff3747a2971177fcb4fac5d684fcedf7323b965fe8c41a9fa",
        "<200208222058.07760.cj@nologic.org>"),
    "jwz-easy-ham/ham/0910.1c60142bded401b4c9921b2c48600619.eml": (
        "e6c2629d3074b28c779a75e3643e089beb6f5a454a9cad8fd6b42696e83cd343",
        "e6c2629d3074b28c779a75e3643e089beb6f5a454a9cad8fd6b42696e83cd343",
        "<OE32DGAIXWb9DYccSN000001234@hotmail.com>"),
    "jwz-easy-ham/ham/0239.58f51c99b02fc8b49664f15a855af780.eml": (
        "7d8b76828a396a9194b0854e470ffb056702c4ab092ede5146cb0f3ac3167fa2",
        "7d8b76828a396a9194b0854e470ffb056702c4ab092ede5146cb0f3ac3167fa2",
        "<3D6BC814.23250.14EE9A8@localhost>"),
    "jwz-easy-ham/ham/1562.6aca6138ec917241b64782a98697c17f.eml": (
        "8ab66748051efeb9ba9105c63128223f41c5560e9247eed3ab5c90302f9ea34c",
        "8ab66748051efeb9ba9105c63128223f41c5560e9247eed3ab5c90302f9ea34c",
        "<000c01c25b25$dbaa64d0$aca80a44@viper>"),
    "jwz-easy-ham/ham/0092.a1560d2416687b2db8204c2fa69163f2.eml": (
        "893abe60dfb320371ee959ba2c324554897b09c194841b9d3476be61d3f1e9ab",
        "893abe60dfb320371ee959ba2c324554897b09c194841b9d3476be61d3f1e9ab",
        "<00c401c25039$7b055460$976fa8c0@cfl.rr.com>"),
    "jwz-easy-ham/ham/0589.8646984ed76a8df2811750d151f56b1e.eml": (
        "a8c7a7e543eebd2e194cbdc59d26beba85fcf7e70a5dc1f2a93a9b357fd9f013",
        "a8c7a7e543eebd2e194cbdc59d26beba85fcf7e70a5dc1f2a93a9b357fd9f013",
        "<002201c2582a$e84211f0$0200a8c0@JMHALL>"),
    "parse-emails/eml_contains_image_as_cid.eml": (
        "cbf83d22c3474588a84698227f09652bc36bc814715844aa6929aa5136be3d8b",
        "14e2b0981f1957dd523df06a866c2dadbb8ee27ed74de95cb7de0da8a330393c",
        None),
    "jwz-easy-ham/ham/0638.70122b70a334560fdbc450b6516bf752.eml": (
        "c66d537efe76a2c1ec8283286c479922b0b14b4be6d57d3c52893c861da3b191",
        "c66d537efe76a2c1ec8283286c479922b0b14b4be6d57d3c52893c861da3b191",
        "<A5393302-C750-11D6-A53C-003065F93D3A@topsail.org>"),
    "jwz-easy-ham/ham/0946.eb5e7c2de78b6fec81e509923689a7a4.eml": (
        "e3dccb2d6a9e949b4cd521d6b196a7e67165ff1383b8b709523a43a4d0ef4e70",
        "e3dccb2d6a9e949b4cd521d6b196a7e67165ff1383b8b709523a43a4d0ef4e70",
        "<6E8631AD.30501@lig.net>"),
    "jwz-easy-ham/ham/1445.57f9856f348cda1656331372731701eb.eml": (
        "c9115e807a92ff5c408d5bec3a6aae4ca15d3099533a918d18a1fab7198907bc",
        "c9115e807a92ff5c408d5bec3a6aae4ca15d3099533a918d18a1fab7198907bc",
        "<008c01c24ec4$83eab9b0$b554a8c0@RAGING>"),
    "jwz-easy-ham/ham/1670.da702de4cb6dce6d1f62c93bc30e71ff.eml": (
        "632893885c25ac37ed5ab68b1139910112158a121fbb425d80c45458d87be672",
        "632893885c25ac37ed5ab68b1139910112158a121fbb425d80c45458d87be672",
        "<001b01c2551a$9c316a30$2801250a@omers.com>"),
    "jwz-easy-ham/ham/1585.82fb57152be63c79b28e68ae0ad319d9.eml": (
        "06cf30363590630a1dd3538ab47861048bbafb2abcba87ac0a2b1b80fd2f9de6",
        "06cf30363590630a1dd3538ab47861048bbafb2abcba87ac0a2b1b80fd2f9de6",
        "<005901c25f08$b6d5b0b0$5a14348f@videoproducer>"),
    "jwz-easy-ham/ham/1116.e30f22bbdea56cb1ba244a559564ddde.eml": (
        "dbf244eaba18eb0043a7bda454cacebee9d17d635e432991fd4436fa5f1175bb",
        "dbf244eaba18eb0043a7bda454cacebee9d17d635e432991fd4436fa5f1175bb",
        "<1030567737.10901.9.camel@bobcat.ods.org>"),
    "jwz-easy-ham/ham/0139.4a3f2cb7efe7318e1ed9b698d1d4a1db.eml": (
        "2a31c80ecb8cb31e654b554a4bb526fc0e6a694a43d00ec3970cf4bcd564e835",
        "2a31c80ecb8cb31e654b554a4bb526fc0e6a694a43d00ec3970cf4bcd564e835",
        "<35767.194.237.142.13.1033980191.squirrel@mail.nologic.org>"),
    "jwz-easy-ham/ham/0205.84f75723dcf7639ed057a32283048bdf.eml": (
        "1838ff8c1b1953206e48fcf39406abfacb81dd339866845c8079a7419fe31711",
        "1838ff8c1b1953206e48fcf39406abfacb81dd339866845c8079a7419fe31711",
        "<A3C83F41488BD61195C3000802252FC135BCEF@dubim07742.ie.ml.com>"),
    "jwz-easy-ham/ham/1432.0b1b8088c9a4e04cff33f6919f340402.eml": (
        "6208e42b31f5cdf3841f66a35ab5afa15032e4c1221c4c54233d265d8c5ed316",
        "6208e42b31f5cdf3841f66a35ab5afa15032e4c1221c4c54233d265d8c5ed316",
        "<200208281615.18731@malte.stretz.eu.org>"),
    "jwz-easy-ham/ham/1649.00d75963b0db438a7f492b59a5395fc0.eml": (
        "cb57314cae941c7ad11f864d3a26673c50e137e9694cf6551aadee18d65c8904",
        "cb57314cae941c7ad11f864d3a26673c50e137e9694cf6551aadee18d65c8904",
        "<5217441703.20020824161736@cyborgnation.org>"),
    "jwz-easy-ham/ham/0431.26f19fa47fab85e813b1aba8ff6139d6.eml": (
        "3908dc6a570c28ae4303fca6685a13f4dcb9d8ba075a3f70dc28bb88ff44e2d2",
        "3908dc6a570c28ae4303fca6685a13f4dcb9d8ba075a3f70dc28bb88ff44e2d2",
        "<200209020319.13260.eh@mad.scientist.com>"),
    "jwz-easy-ham/ham/0819.337934ad4a28fb473915e323d3866edc.eml": (
        "b51bc138c771d6c9cc0ac53eaa85cf2088b4dd089f3f1be0b754aed8c37b289b",
        "b51bc138c771d6c9cc0ac53eaa85cf2088b4dd089f3f1be0b754aed8c37b289b",
        "<001b01c2637e$643836f0$0200a8c0@JMHALL>"),
    "jwz-easy-ham/ham/1155.08c63446a38f2603d099ae25aff92c55.eml": (
        "183e3b7dbb589ebdc5967e8872dfa4051508a6e4d448603d34f1731e18e0443d",
        "183e3b7dbb589ebdc5967e8872dfa4051508a6e4d448603d34f1731e18e0443d",
        "<20020201140356.A3308@Warthog.cg.shawcable.net>"),
    "jwz-easy-ham/ham/0745.3e54df3c4f199b6b8aed76eefd11c660.eml": (
        "8a1307529171099907fc673768e036331720fe7e1908a9c162b84f107b89a0b7",
        "8a1307529171099907fc673768e036331720fe7e1908a9c162b84f107b89a0b7",
        "<0205743092.20020921095358@magnesium.net>"),
    "jwz-easy-ham/ham/0635.9df0cec793507fcd3cab877c7d7616be.eml": (
        "762c7ac1b12dec6130ed2d24ed563b36db6faef8f72bd16fd6ecc95e384ab47f",
        "762c7ac1b12dec6130ed2d24ed563b36db6faef8f72bd16fd6ecc95e384ab47f",
        "<20020912235313.4003.qmail@web13003.mail.yahoo.com>"),
    "jwz-easy-ham/ham/0289.cb9c0595bddae2c25357ce5c9fbaf687.eml": (
        "909063331c1169e9c6c5c73997d1503281275ebcc17e7e6ef3082356f0dfc1fa",
        "909063331c1169e9c6c5c73997d1503281275ebcc17e7e6ef3082356f0dfc1fa",
        "<253B1BDA4E68D411AC3700D0B77FC5F807C0F1CE@patsydan.dublin.hp.com>"),
    "jwz-easy-ham/ham/1406.8be30026528bc5fabe63b16b834d426f.eml": (
        "124fee3c78c4ebc6f0c30f8a70c1e6d83152e17a8ed1a5f0202bbdc4b12f966c",
        "124fee3c78c4ebc6f0c30f8a70c1e6d83152e17a8ed1a5f0202bbdc4b12f966c",
        "<20020822180907.GE16421@kluge.net>"),
    "jwz-easy-ham/ham/0008.20bc0b4ba2d99aae1c7098069f611a9b.eml": (
        "3d13b3404306ca7f4d3d686b715f91bd3a0ef55659e14ad608a8097cef9bad67",
        "3d13b3404306ca7f4d3d686b715f91bd3a0ef55659e14ad608a8097cef9bad67",
        "<3D64FB27.18538.63DEC17@localhost>"),
    "jwz-easy-ham/ham/0268.77ef28e27a9ee085646f260418072111.eml": (
        "afbec77556999e2f7660201ca6921e4c69ed60b7ea163ecaac6d82eedd29f2fa",
        "afbec77556999e2f7660201ca6921e4c69ed60b7ea163ecaac6d82eedd29f2fa",
        "<871y8jibut.fsf@wintermute.att.cmg.nl>"),
    "jwz-easy-ham/ham/0080.7c3a836baaa732cd915546442c0fef1a.eml": (
        "6af242f11322cf23dfdbbc35c2ec57ee15c07245760d23b5d50dcfd7a32b3fc7",
        "6af242f11322cf23dfdbbc35c2ec57ee15c07245760d23b5d50dcfd7a32b3fc7",
        "<5.1.0.14.0.20020829172833.032e1350@127.0.0.1>"),
    "jwz-easy-ham/ham/0347.0e43f8ba3aadeed419f512188e5d8aa4.eml": (
        "010914796c828a38d0c8d37373420e7e10eb0f4c274113b3726e40efd258de45",
        "010914796c828a38d0c8d37373420e7e10eb0f4c274113b3726e40efd258de45",
        "<20021009042734.049ea20e.kilroy@kamakiriad.com>"),
    "jwz-easy-ham/ham/0093.0c71febfdf6f3acbc4d0c76b777a8530.eml": (
        "fb27a41f1f9efb7d375e9bafcce04ece6919038bbf4e60f5a1e321063e964ece",
        "fb27a41f1f9efb7d375e9bafcce04ece6919038bbf4e60f5a1e321063e964ece",
        "<6EA7567E-BC2D-11D6-9CA1-00306565A7B2@linkcreations.com.mx>"),
    "jwz-easy-ham/ham/0235.3c824d680d31b3710d8f3475730dc42d.eml": (
        "3ee14ab340cc10e4d61e5c4a6cbc81976608e850041f5e5864fca1a89769d45f",
        "3ee14ab340cc10e4d61e5c4a6cbc81976608e850041f5e5864fca1a89769d45f",
        "<5D5CC294-BA08-11D6-837F-000393A46DEA@alumni.caltech.edu>"),
    "jwz-easy-ham/ham/1416.651cdba6e04f9c3593f6d634a70312e8.eml": (
        "bdb9bbf8f269880103d89e002c75394ac22411beae39bb4a3cb276ab777d2522",
        "bdb9bbf8f269880103d89e002c75394ac22411beae39bb4a3cb276ab777d2522",
        "<65385.208.171.240.67.1030376608.squirrel@www.mike-leone.com>"),
    "jwz-easy-ham/ham/1444.9c769de9af58bfba4b3e6b0ca034f2b8.eml": (
        "4c60876885ab33735e6b16642c8f9e0aedee515260d70ddbbac22d97f70c40da",
        "4c60876885ab33735e6b16642c8f9e0aedee515260d70ddbbac22d97f70c40da",
        "<1030560510.17408.TMDA@omega.paradigm-omega.net>"),
    "jwz-easy-ham/ham/0569.ef10ce803ff212d76f9dd6148b84a823.eml": (
        "9c8a82f6ecd1bf139c7b387787476b3056e08c4255be035edc352302d9548ef5",
        "9c8a82f6ecd1bf139c7b387787476b3056e08c4255be035edc352302d9548ef5",
        "<ILEHJNJFPDLMDEKNIAKCMEECCAAA.geege@barrera.org>"),
    "jwz-easy-ham/ham/0768.42d3db0f0b763a75183afd06f5db8ce5.eml": (
        "a02deb7744950ea1bae9aeedd49ce83beb10060f988de7d15a8377b759ab3573",
        "a02deb7744950ea1bae9aeedd49ce83beb10060f988de7d15a8377b759ab3573",
        "<15EFC2CD-CE4F-11D6-A857-003065F62CD6@whump.com>"),
    "jwz-easy-ham/ham/1178.0bd8c8c1cf63d08849c504af3535f635.eml": (
        "7b9f771e8ac7df3538c841def4e6b157ed66afe6cca07121650eb898e3118dc5",
        "7b9f771e8ac7df3538c841def4e6b157ed66afe6cca07121650eb898e3118dc5",
        "<1012959555.17032.17.camel@theshadows.darktech.org>"),
    "jwz-easy-ham/ham/0836.249730de164ba4999f1ab6ec2d3cb2d1.eml": (
        "5ee25b6b9e980e76f3b325ddd72f8346b64701d9b8a45b69a6e166d993e03c7e",
        "5ee25b6b9e980e76f3b325ddd72f8346b64701d9b8a45b69a6e166d993e03c7e",
        "<ILEHJNJFPDLMDEKNIAKCOEKDCAAA.geege@barrera.org>"),
    "jwz-easy-ham/ham/0208.0577aa26cbb2382d8789377d351ca8bf.eml": (
        "842715f3a4c5bf905781275f523b65b7a608ebcead659e8d69acf770fd138c02",
        "842715f3a4c5bf905781275f523b65b7a608ebcead659e8d69acf770fd138c02",
        "<26594$1034083278$mediaunspun$5114587@imakenews.net>"),
    "jwz-easy-ham/ham/0097.39badf2fea6bcebc640bea05ced59b59.eml": (
        "52c74463613ea0671f9cc9f00ff4eb185ee123bfce40aa0fbe6e72dcde02ed8f",
        "52c74463613ea0671f9cc9f00ff4eb185ee123bfce40aa0fbe6e72dcde02ed8f",
        "<LISTMANAGER-949326-32914-2002.08.30-17.47.31--zzzz-ryanair#example.com@mail.ryanairmail.com>"),
    "jwz-easy-ham/ham/1660.f4b2e5b394c3aaf2589c49c205ca05d7.eml": (
        "1899a881b344ac91247c19bbd3a6ec85aac299852c479c089327f76621b5e8f5",
        "1899a881b344ac91247c19bbd3a6ec85aac299852c479c089327f76621b5e8f5",
        "<3D780F2B.8090709@lelandwoodbury.com>"),
    "jwz-easy-ham/ham/0806.2eae7f9f133274ed400a215174b7de1d.eml": (
        "c023fe110841e19864eb39097efd08b04c91bb63037dbafa1c10c8c258c4ee11",
        "c023fe110841e19864eb39097efd08b04c91bb63037dbafa1c10c8c258c4ee11",
        "<0b3901c2635c$ab557240$640a000a@golden>"),
    "jwz-easy-ham/ham/1135.55ab9518e8b987f67ed8b5b85e8543e8.eml": (
        "8d50541e03cd2f1842f63ce60b609e3cc34da40691bf876ad38c5ed3f873fc28",
        "8d50541e03cd2f1842f63ce60b609e3cc34da40691bf876ad38c5ed3f873fc28",
        "<200209042356.48124.nick@permflux.org>"),
    "jwz-easy-ham/ham/0795.6f8b4da0f06a9c055fc527562fe92330.eml": (
        "3a9c50929903a19d8aa7ada997722a60b3ad38e7bb4659e58f3983be6062a935",
        "3a9c50929903a19d8aa7ada997722a60b3ad38e7bb4659e58f3983be6062a935",
        "<AAC883CC-CF3D-11D6-817E-000393A46DEA@alumni.caltech.edu>"),
    "jwz-easy-ham/ham/1381.3c5527db01789ad42005006ac2ed2fcc.eml": (
        "32fc0d3e2af047180ec21189ddddf7f488888f36d0e0011cfdfc7f093fdd1f73",
        "32fc0d3e2af047180ec21189ddddf7f488888f36d0e0011cfdfc7f093fdd1f73",
        "<20020901.Cm5.66966300@www.dudex.net>"),
    "jwz-easy-ham/ham/0202.e1c7980f6c8a70122d80771533795cb7.eml": (
        "be482aa6dfc4bf1fe0b59c2c728869b1682b4dca76b5568d660c6eb67679494e",
        "be482aa6dfc4bf1fe0b59c2c728869b1682b4dca76b5568d660c6eb67679494e",
        "<E17ytUl-0005ta-00@rhenium.btinternet.com>"),
    "jwz-easy-ham/ham/0240.01e0e10c03592e64df9a077f2cd56aba.eml": (
        "76c86698ea042ffd4bbea489262e7dfae7da846207fd657df1406c9acd245dfb",
        "76c86698ea042ffd4bbea489262e7dfae7da846207fd657df1406c9acd245dfb",
        "<E146D042F119D211B16F00A0CC32B87F8D11BB@mrwhite.privacyright.com>"),
    "jwz-easy-ham/ham/1114.3ee361561ee25d914e377dd8473a9cb6.eml": (
        "26a0a7ea7e0d8a05c68eac8a43f5c82485a4c52264cedcd7b0a5cec80ea322e1",
        "26a0a7ea7e0d8a05c68eac8a43f5c82485a4c52264cedcd7b0a5cec80ea322e1",
        "<02082705410501.08779@wilson>"),
    "jwz-easy-ham/ham/1166.8a9dbee6ac67226f58a80c0993a700e2.eml": (
        "e9dcfbbb5ae4a6c6d602045cea7c7af304ee8e3bb4b2d064a96e18bfe25e4cde",
        "e9dcfbbb5ae4a6c6d602045cea7c7af304ee8e3bb4b2d064a96e18bfe25e4cde",
        "<20020204164205.A20308@cs.helsinki.fi>"),
    "jwz-easy-ham/ham/0269.5a74b38284c7e9d85338eca0a25cb191.eml": (
        "2a222ea04efa14c9a6c2946e2cb73af7b1dae0c0c31bbb4e3ed37340f256cfd2",
        "2a222ea04efa14c9a6c2946e2cb73af7b1dae0c0c31bbb4e3ed37340f256cfd2",
        "<3D6C9688.6010203@corvil.com>"),
    "jwz-easy-ham/ham/1490.e80cf700ef4de2385ada6ae149e7498c.eml": (
        "3e147ffd8e614808d8ae570456851ca77918c141f8c1f177a5ac2188452c052f",
        "3e147ffd8e614808d8ae570456851ca77918c141f8c1f177a5ac2188452c052f",
        "<20020902194618.GB15737@kluge.net>"),
    "jwz-easy-ham/ham/0027.11da06d9130a188bf0ffb2060881dbe9.eml": (
        "b920e9c84ba91282aabccfd4a529df21480874db03c2fc46bf791953105fe079",
        "b920e9c84ba91282aabccfd4a529df21480874db03c2fc46bf791953105fe079",
        "<3D651472.7080101@corvil.com>"),
    "jwz-easy-ham/ham/0047.5c3e049737a2813d4ac6f13f02362fb1.eml": (
        "c75db7eb104d18732f03942b96e5bb22113859abf52c10d5d55e071db375920d",
        "c75db7eb104d18732f03942b96e5bb22113859abf52c10d5d55e071db375920d",
        "<1030048087.20291.TMDA@deepeddy.vircio.com>"),
    "jwz-easy-ham/ham/0228.b83f2f4ef114c69d9ca927d1082b393f.eml": (
        "0eb904b787220b5729dfca0203fcd11a81b37668ede63522d23ddb31ffcb19ee",
        "0eb904b787220b5729dfca0203fcd11a81b37668ede63522d23ddb31ffcb19ee",
        "<3D6CA290.8179.2423E1FC@localhost>"),
    "jwz-easy-ham/ham/0457.dc1691cbb334cc33a1f1eb3060b8e02e.eml": (
        "dabaddc78c41c3bbca6f138009bc006ce05817b4aa66acd024c50a9429acd696",
        "dabaddc78c41c3bbca6f138009bc006ce05817b4aa66acd024c50a9429acd696",
        "<20020826140448.208e3da8.kilroy@kamakiriad.com>"),
    "jwz-easy-ham/ham/1117.571c1399a9b49bf25062fcd2242d72f1.eml": (
        "0f2d0c44abb10f2eb9116ac3d99898ed9336750454c685db72f5a11d0f80e4e4",
        "0f2d0c44abb10f2eb9116ac3d99898ed9336750454c685db72f5a11d0f80e4e4",
        "<1030568564.10902.22.camel@bobcat.ods.org>"),
    "jwz-easy-ham/ham/0142.bcc958dabbad574174becaa16334a7e6.eml": (
        "6b93e5c48241a61da4f274730b3423cde25465bba866c9b9f99724f6f1eb2ed6",
        "6b93e5c48241a61da4f274730b3423cde25465bba866c9b9f99724f6f1eb2ed6",
        "<53964.137.43.13.22.1033983339.squirrel@squirrelmail.netsoc.ucd.ie>"),
    "jwz-easy-ham/ham/1656.2c519e6e148cca3020e50c723bbc200e.eml": (
        "03e12f70f1d1190afd6830d3f3e3bb941e526bbe27a9d928ebb702ee0e22d5d3",
        "03e12f70f1d1190afd6830d3f3e3bb941e526bbe27a9d928ebb702ee0e22d5d3",
        "<002001c25368$f39de270$7c640f0a@mfc.corp.mckee.com>"),
    "jwz-easy-ham/ham/0397.bdea17c7f90068a763d191914770f6d6.eml": (
        "9b0ca2974055df41f4893769c1c08b1f19d70ba68d42c3c581c3b79408294012",
        "9b0ca2974055df41f4893769c1c08b1f19d70ba68d42c3c581c3b79408294012",
        "<82D4B3A0-B961-11D6-80A5-000393A46DEA@alumni.caltech.edu>"),
    "jwz-easy-ham/ham/1115.e88f46679ef431c8b88cafdd3d21b8ac.eml": (
        "9926e63fe4ddab33daaee40be21617922ab034e34a047d716bca456c1a6cae41",
        "9926e63fe4ddab33daaee40be21617922ab034e34a047d716bca456c1a6cae41",
        "<02082711315303.08779@wilson>"),
    "jwz-easy-ham/ham/1184.152999961bd0606fb0dcb6d6f95cc96d.eml": (
        "457bfb604967d1f7b7b0ab9b529abafc7a7b31c69414456afa1fdce3888cfc1a",
        "457bfb604967d1f7b7b0ab9b529abafc7a7b31c69414456afa1fdce3888cfc1a",
        "<20020207113711.B19145@cs.helsinki.fi>"),
    "jwz-easy-ham/ham/0151.4d1c8772327e44b20af6420e1d1c0a75.eml": (
        "5e15c33b817f2dcde62a310a7a13a7199350d5760790f16508717a4ae86ab0c7",
        "5e15c33b817f2dcde62a310a7a13a7199350d5760790f16508717a4ae86ab0c7",
        "<E17yWuX-0002zg-00@rhenium.btinternet.com>"),
    "parse-emails/test bcc.eml": (
        "cbf83d22c3474588a84698227f09652bc36bc814715844aa6929aa5136be3d8b",
        "342a19c21fea40bb0d7b1551ac561e8ffdad84b0076d7805104dd20358b0ab5f",
        "<CACVXskAdihOUNQYeLaeCOx7xiDnJ2W55Q2GQmX2G_UV115D4Dw@mail.gmail.com>"),
    "parse-emails/eml_contains_htm_attachment.eml": (
        "cbf83d22c3474588a84698227f09652bc36bc814715844aa6929aa5136be3d8b",
        "f0d338988157b10de9e4c00cd65db5a0ceb2d2b7774d79f52180a061fdca1946",
        "<CAF5LCHvBnQgpfWpk5YmJ2fWoSwyOX_mKN0qzWG6A1s2eJP2VT>"),
    "jwz-easy-ham/ham/1311.1b2aa5b1599ab89a91f09ef1f1dc9989.eml": (
        "1c36f677a4765baa5c7e996dbd9771b1a9106fba68c84da613868697dd651070",
        "1c36f677a4765baa5c7e996dbd9771b1a9106fba68c84da613868697dd651070",
        "<20021002193602.GC6266@taz.home.priv>"),
    "jwz-easy-ham/ham/1302.cf60285f99cfeeca015a2c1a02cfba61.eml": (
        "4f53b18d19e20e177a4dc0a7ecfc70f5057e180fa50b8fcb5a11c7ce1b58c571",
        "4f53b18d19e20e177a4dc0a7ecfc70f5057e180fa50b8fcb5a11c7ce1b58c571",
        "<3D9AA650.2000909@eecs.berkeley.edu>"),
    "jwz-easy-ham/ham/1147.744811b2ba3a95401f70b17e9fade217.eml": (
        "bd975964ba1b03be174a8afc9ec99701d720c97c5f4799711c3532f0a4f540bd",
        "bd975964ba1b03be174a8afc9ec99701d720c97c5f4799711c3532f0a4f540bd",
        "<20020201150022.B11472@cs.helsinki.fi>"),
    "enmime/parts/similar-boundary.raw": (
        "59475ecdfeab839c0a41a2691999c39476d01c21acb25d97e739585612ddcdaf",
        "59475ecdfeab839c0a41a2691999c39476d01c21acb25d97e739585612ddcdaf",
        None),
    "jwz-easy-ham/ham/1219.c4cc23fc1dcc1809a3dc65c58fc51d65.eml": (
        "5680d81402011b9a19dcbd06c8cdeb9a48e2f26c8cd35388ab755d58e59285d7",
        "5680d81402011b9a19dcbd06c8cdeb9a48e2f26c8cd35388ab755d58e59285d7",
        "<200209271242.g8RCgfWq015740@cft.snafu.priv.at>"),
    "jwz-easy-ham/ham/1119.ce22f4a2ffbc03cd2625cb10ba561058.eml": (
        "421ae9e86385574e5df444e81c8488d188194e2748118fdc6c1dc6509878d1c6",
        "421ae9e86385574e5df444e81c8488d188194e2748118fdc6c1dc6509878d1c6",
        "<1030572601.1643.26.camel@bobcat.ods.org>"),
    "jwz-easy-ham/ham/1303.b8fb03a2de8615f9287086ccc71a4282.eml": (
        "7dd60e7adedf5928f010a3d649b63fa33aa3f34ae75d045ba2d3441ce3d322a6",
        "7dd60e7adedf5928f010a3d649b63fa33aa3f34ae75d045ba2d3441ce3d322a6",
        "<20021002030039.706c6eca.kilroy@kamakiriad.com>"),
    "jwz-easy-ham/ham/1501.5c83f8ccf80ccff0b82b04a8e09d69ec.eml": (
        "f03b13bf5d96c92e1474e246e750e50001a4bcd5cbcf479ab62b6e048ef15b6d",
        "f03b13bf5d96c92e1474e246e750e50001a4bcd5cbcf479ab62b6e048ef15b6d",
        "<20020829204345.91D1833986@LINPDC.eclipsys.qc.ca>"),
    "jwz-easy-ham/ham/1427.db4dce8eaebc4a3d836d2328137c7ac0.eml": (
        "f85e1a5564a9243a0597c4ee776dbb151e16c6b1d5a0da6e1a9f64312409ff08",
        "f85e1a5564a9243a0597c4ee776dbb151e16c6b1d5a0da6e1a9f64312409ff08",
        "<33038.194.125.220.138.1030489896.squirrel@example.com>"),
    "jwz-easy-ham/ham/0977.d0e3f4e7fd0a8c2bdd26888af1ca3a0b.eml": (
        "6cc9496e7cb99816fec359e2d575ef6c691872060f2152d3aebfaef7584fe799",
        "6cc9496e7cb99816fec359e2d575ef6c691872060f2152d3aebfaef7584fe799",
        "<2583F1FA-DA52-11D6-B1B1-000393A46DEA@alumni.caltech.edu>"),
    "jwz-easy-ham/ham/0598.1ac8a662753f1bba429f52eb184ba794.eml": (
        "41efb51daa75d8e078d22cca3c04b7ed9dca5d41f8e6dcd6d5c545317c5e0ddf",
        "41efb51daa75d8e078d22cca3c04b7ed9dca5d41f8e6dcd6d5c545317c5e0ddf",
        "<20020910055423.096E829409A@xent.com>"),
    "jwz-easy-ham/ham/1544.011827fa2f89828e83bae7f6995576df.eml": (
        "a4aa5e8672a2ef5f5007999b4f361958090c261c74722d64915269c3c6a5a607",
        "a4aa5e8672a2ef5f5007999b4f361958090c261c74722d64915269c3c6a5a607",
        "<200209081619.34777@malte.stretz.eu.org>"),
    "jwz-easy-ham/ham/1434.a626ce397e7a295eea36a996cdaa5f40.eml": (
        "aff10c04feb2f2a92391f01ec03b7da434625551f433b5054bb71e26d6beeccb",
        "aff10c04feb2f2a92391f01ec03b7da434625551f433b5054bb71e26d6beeccb",
        "<200208281647.22637@malte.stretz.eu.org>"),
    "jwz-easy-ham/ham/1164.4f5726c74bd69e322849d54f54a646fe.eml": (
        "41ab4214b332102816fd1e959168d0724cc73fc0b10ae3a7f179fc69b8e797b7",
        "41ab4214b332102816fd1e959168d0724cc73fc0b10ae3a7f179fc69b8e797b7",
        "<20020204132927.3dc863a0.matthias@egwn.net>"),
}
